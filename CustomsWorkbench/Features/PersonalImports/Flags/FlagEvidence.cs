using System.Globalization;
using System.Resources;

namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>Marker for the evidence templates in ParcelFlagStrings.resx (English) and ParcelFlagStrings.ko.resx (Korean).</summary>
public class ParcelFlagStrings;

/// <summary>A template argument that differs by language (a category name, a reason).</summary>
internal sealed record Bilingual(string En, string Ko);

/// <summary>Builds a flag with its evidence filled into both languages' templates.</summary>
internal static class FlagEvidence
{
    private static readonly ResourceManager Strings = new(typeof(ParcelFlagStrings));
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko");
    /// <summary>Evidence lists at most this many related parcels; the count in the text stays exact.</summary>
    public const int MaxRelated = 20;

    public static ParcelFlag Flag(string code, string template, IEnumerable<ParcelFacts> related, ParcelFacts self, params object[] args) =>
        new(code, Format(template, English, args), Format(template, Korean, args),
            related.Where(r => r.Tracking != self.Tracking).Select(r => r.Tracking).Distinct().Take(MaxRelated).ToList());

    private static string Format(string template, CultureInfo culture, object[] args)
    {
        var text = Strings.GetString(template, culture) ?? throw new InvalidOperationException($"Missing evidence template {template}");
        var values = args.Select(a => a is Bilingual b ? (culture == Korean ? b.Ko : b.En) : a).ToArray();
        return string.Format(CultureInfo.InvariantCulture, text, values);
    }
}
