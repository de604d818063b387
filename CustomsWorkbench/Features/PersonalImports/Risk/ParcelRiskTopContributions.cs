using System.Globalization;
using System.Text;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// The inputs that moved a parcel's score most, chosen when it is scored and stored beside the score
/// (<c>Parcels.RiskTopContributions</c>), so the parcel page reads them instead of recomputing a history window per open.
/// Stored compactly as <c>name=value:contribution;...</c> (about 250 characters for 8 inputs; a million parcels stay small);
/// names, not positions, so a stored line still reads right after the feature list changes. Words are made on reading.
/// </summary>
public static class ParcelRiskTopContributions
{
    /// <summary>At most this many, strongest first; pushes under 1e-4 log-odds are noise and left out.</summary>
    public const int Top = 8;
    /// <summary>Bound of the stored text (the column's length); 8 inputs need about a quarter of it.</summary>
    public const int MaxLength = FieldLimits.ScoreExplanation;
    private const double Negligible = 1e-4;

    /// <summary>One row's strongest inputs as stored text ("" when none matters).</summary>
    public static string Encode(ReadOnlySpan<float> features, ReadOnlySpan<float> contributions)
    {
        var order = new int[ParcelRiskFeatures.Count];
        for (var f = 0; f < order.Length; f++) order[f] = f;
        var pushes = contributions[..ParcelRiskFeatures.Count].ToArray();
        var text = new StringBuilder();
        foreach (var f in order.Where(f => Math.Abs(pushes[f]) >= Negligible).OrderByDescending(f => Math.Abs(pushes[f])).ThenBy(f => f).Take(Top))
        {
            if (text.Length > 0) text.Append(';');
            text.Append(ParcelRiskFeatures.Names[f]).Append('=')
                .Append(features[f].ToString("R", CultureInfo.InvariantCulture)).Append(':')
                .Append(Math.Round(pushes[f], 4).ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The stored text back as contributions with their words; unknown names or malformed parts are skipped.</summary>
    public static IReadOnlyList<ParcelRiskContribution> Decode(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return [];
        var result = new List<ParcelRiskContribution>();
        foreach (var part in stored.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var colon = part.LastIndexOf(':');
            if (eq <= 0 || colon < eq) continue;
            var feature = Array.IndexOf(ParcelRiskFeatures.Names, part[..eq]);
            if (feature < 0
                || !float.TryParse(part[(eq + 1)..colon], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.TryParse(part[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var push)) continue;
            var (en, ko) = ParcelRiskFeatures.Label(feature, value);
            // JSON and the chart have no NaN: a missing value (no peers) is shown as 0 and the label says so.
            var shown = float.IsFinite(value) ? Math.Round(value, 4) : 0;
            result.Add(new ParcelRiskContribution(ParcelRiskFeatures.Names[feature], en, ko, shown, push));
        }
        return result;
    }
}
