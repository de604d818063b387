using System.Globalization;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Field checks shared by the CSV and JSON readers. Each returns the parsed value, or adds a problem in plain words
/// ("'abc' is not a number") and returns null. Numbers use the invariant culture: '.' decimals, no thousands separators.
/// </summary>
public sealed class FieldRules(int row, List<ImportProblem> problems)
{
    public const int MaxCodeLength = FieldLimits.Code;

    public int Row => row;

    public int ProblemCount => problems.Count;

    public void Add(string column, string code, string problem, params object[] args) =>
        problems.Add(ImportProblem.Coded(row, column, code, problem, args));

    private void Missing(string column) => Add(column, "Missing", "value is missing");

    public string? Code(string column, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) { Missing(column); return null; }
        return Checked(column, text, MaxCodeLength);
    }

    /// <summary>Optional one-line free text (names, addresses, descriptions): null when empty, else checked and trimmed.</summary>
    public string? Text(string column, string? value, int maxLength)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : Checked(column, text, maxLength);
    }

    /// <summary>Required one-line free text: "value is missing" when empty, else checked and trimmed.</summary>
    public string? RequiredText(string column, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) { Missing(column); return null; }
        return Checked(column, text, maxLength);
    }

    private string? Checked(string column, string text, int maxLength)
    {
        switch (FieldText.Problem(text, maxLength))
        {
            case FieldText.TooLong:
                Add(column, "TooLong", $"'{Shorten(text)}' is longer than {maxLength} characters", Shorten(text), maxLength);
                return null;
            case FieldText.ControlCharacter:
                var at = FieldText.FirstControlCharacter(text);
                var code = $"U+{(int)text[at]:X4}";
                Add(column, "ControlCharacter", $"contains the control character {code} at position {at + 1}", code, at + 1);
                return null;
            default:
                return text;
        }
    }

    public DateOnly? Date(string column, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { Missing(column); return null; }
        if (BacudaDate.TryParse(value, out var date)) return date;
        Add(column, "NotDate", $"'{Shorten(value)}' is not a date (use yy-MM-dd like 13-01-02, or yyyy-MM-dd)", Shorten(value));
        return null;
    }

    public string? Country(string column, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) { Missing(column); return null; }
        if (text.Length == 2 && text.All(char.IsAsciiLetter)) return text.ToUpperInvariant();
        Add(column, "NotCountry", $"'{Shorten(text)}' is not a 2-letter country code (ISO 3166 alpha-2, e.g. CN)", Shorten(text));
        return null;
    }

    public string? TariffCode(string column, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) { Missing(column); return null; }
        if (text.Length <= 10 && text.All(char.IsAsciiDigit)) return text;
        Add(column, "NotTariffCode", $"'{Shorten(text)}' is not a tariff code (digits only, at most 10)", Shorten(text));
        return null;
    }

    public double? Amount(string column, string? value, double max = FieldLimits.Amount)
    {
        if (string.IsNullOrWhiteSpace(value)) { Missing(column); return null; }
        return Amount(column, ParseNumber(value), value, max);
    }

    /// <summary>A finite, non-negative number no larger than <paramref name="max"/> (1e308 would make every sum Infinity).</summary>
    public double? Amount(string column, double? value, string? original = null, double max = FieldLimits.Amount)
    {
        if (value is null)
        {
            if (original is null) Missing(column);
            else Add(column, "NotNumber", $"'{Shorten(original)}' is not a number", Shorten(original));
            return null;
        }
        if (!double.IsFinite(value.Value)) { Add(column, "NotFinite", $"'{original ?? value.ToString()}' is not a finite number", original ?? value.ToString()!); return null; }
        var shown = original?.Trim() ?? value.Value.ToString(CultureInfo.InvariantCulture);
        if (value < 0) { Add(column, "Negative", $"'{shown}' must not be negative", shown); return null; }
        if (value > max) { Add(column, "TooLarge", $"'{Shorten(shown)}' is larger than {max:G} (the most a declaration can plausibly hold)", Shorten(shown), max.ToString("G", CultureInfo.InvariantCulture)); return null; }
        return value;
    }

    /// <summary>The two BACUDA label columns: both empty (not inspected) or both given.</summary>
    public InspectionOutcome? Inspection(string? illicitText, string? revenueText, out bool valid)
    {
        var hasIllicit = !string.IsNullOrWhiteSpace(illicitText);
        var hasRevenue = !string.IsNullOrWhiteSpace(revenueText);
        valid = true;
        if (!hasIllicit && !hasRevenue) return null;
        if (!hasIllicit) { Add(BacudaColumns.Illicit, "IllicitEmpty", "is empty but revenue is given: fill both inspection columns or neither"); valid = false; return null; }
        var illicit = Flag(BacudaColumns.Illicit, illicitText);
        if (!hasRevenue) { Add(BacudaColumns.Revenue, "RevenueEmpty", "is empty but illicit is given: fill both inspection columns or neither"); valid = false; return null; }
        var revenue = Amount(BacudaColumns.Revenue, revenueText);
        if (illicit is null || revenue is null) { valid = false; return null; }
        return new InspectionOutcome(illicit.Value, revenue.Value);
    }

    public bool? Flag(string column, string? value)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "1": case "true": return true;
            case "0": case "false": return false;
            default: Add(column, "NotFlag", $"'{Shorten(value ?? "")}' must be 0 or 1", Shorten(value ?? "")); return null;
        }
    }

    public TransportMode? Transport(string column, string? value)
    {
        if (Enum.TryParse<TransportMode>(value?.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !value!.Trim().All(char.IsAsciiDigit))
            return mode;
        var modes = string.Join(", ", Enum.GetNames<TransportMode>());
        Add(column, "NotTransportMode", $"'{Shorten(value ?? "")}' is not a transport mode ({modes})", Shorten(value ?? ""), modes);
        return null;
    }

    public static double? ParseNumber(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
