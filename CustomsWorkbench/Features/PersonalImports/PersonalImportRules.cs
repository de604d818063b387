using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Features.PersonalImports;

/// <summary>Field checks the manifest and the code register add to the shared <see cref="FieldRules"/>.</summary>
public static class PersonalImportRules
{
    public static string? Pccc(this FieldRules rules, string column, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { rules.Add(column, "Missing", "value is missing"); return null; }
        if (PersonalCustomsCode.Normalise(value) is { } code) return code;
        var shown = Shorten(value.Trim());
        rules.Add(column, "NotPccc", $"'{shown}' is not a personal customs code (P followed by 12 digits, e.g. P123456789012)", shown);
        return null;
    }

    public static string? Currency(this FieldRules rules, string column, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length == 3 && text.All(char.IsAsciiLetter)) return text.ToUpperInvariant();
        rules.Add(column, "NotCurrency", $"'{Shorten(text)}' is not a 3-letter currency code (ISO 4217, e.g. EUR)", Shorten(text));
        return null;
    }

    /// <summary>A whole number of pieces, at least 1.</summary>
    public static int? Pieces(this FieldRules rules, string column, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { rules.Add(column, "Missing", "value is missing"); return null; }
        if (int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
        rules.Add(column, "NotPieces", $"'{Shorten(value.Trim())}' is not a whole number of pieces (1 or more)", Shorten(value.Trim()));
        return null;
    }

    public static string? OptionalValue(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
