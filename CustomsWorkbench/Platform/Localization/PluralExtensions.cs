using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Platform.Localization;

/// <summary>
/// Counted text that reads right for one: English says "1 row" but "2 rows", Korean says "1건" either way. A key may have a
/// "_One" variant (in every language's file, so Korean never falls back to English) used when the count is exactly one.
/// </summary>
public static class PluralExtensions
{
    public const string OneSuffix = "_One";

    /// <summary>The key's text for this count, formatted with the arguments (which include the count where the text shows it).</summary>
    public static string Plural(this IStringLocalizer localizer, string key, long count, params object?[] args)
    {
        var one = count == 1 ? localizer[key + OneSuffix] : null;
        var format = one is { ResourceNotFound: false } ? one.Value : localizer[key].Value;
        return string.Format(CultureInfo.CurrentCulture, format, args);
    }
}
