using System.Globalization;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Field checks shared by the CSV and JSON readers. Each returns the parsed value, or adds a problem in plain words
/// ("'abc' is not a number") and returns null. Numbers use the invariant culture: '.' decimals, no thousands separators.
/// </summary>
public sealed class FieldRules(int row, List<ImportProblem> problems)
{
    public const int MaxCodeLength = 64;

    public int Row => row;

    public int ProblemCount => problems.Count;

    public void Add(string column, string problem) => problems.Add(new ImportProblem(row, column, problem));

    public string? Code(string column, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) { Add(column, "value is missing"); return null; }
        if (text.Length > MaxCodeLength) { Add(column, $"'{Shorten(text)}' is longer than {MaxCodeLength} characters"); return null; }
        return text;
    }

    public DateOnly? Date(string column, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(column, "value is missing"); return null; }
        if (BacudaDate.TryParse(value, out var date)) return date;
        Add(column, $"'{Shorten(value)}' is not a date (use yy-MM-dd like 13-01-02, or yyyy-MM-dd)");
        return null;
    }

    public string? Country(string column, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) { Add(column, "value is missing"); return null; }
        if (text.Length == 2 && text.All(char.IsAsciiLetter)) return text.ToUpperInvariant();
        Add(column, $"'{Shorten(text)}' is not a 2-letter country code (ISO 3166 alpha-2, e.g. CN)");
        return null;
    }

    public string? TariffCode(string column, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) { Add(column, "value is missing"); return null; }
        if (text.Length <= 10 && text.All(char.IsAsciiDigit)) return text;
        Add(column, $"'{Shorten(text)}' is not a tariff code (digits only, at most 10)");
        return null;
    }

    public double? Amount(string column, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(column, "value is missing"); return null; }
        return Amount(column, ParseNumber(value), value);
    }

    public double? Amount(string column, double? value, string? original = null)
    {
        if (value is null)
        {
            Add(column, original is null ? "value is missing" : $"'{Shorten(original)}' is not a number");
            return null;
        }
        if (!double.IsFinite(value.Value)) { Add(column, $"'{original ?? value.ToString()}' is not a finite number"); return null; }
        if (value < 0) { Add(column, $"'{original ?? value.Value.ToString(CultureInfo.InvariantCulture)}' must not be negative"); return null; }
        return value;
    }

    /// <summary>The two BACUDA label columns: both empty (not inspected) or both given.</summary>
    public InspectionOutcome? Inspection(string? illicitText, string? revenueText, out bool valid)
    {
        var hasIllicit = !string.IsNullOrWhiteSpace(illicitText);
        var hasRevenue = !string.IsNullOrWhiteSpace(revenueText);
        valid = true;
        if (!hasIllicit && !hasRevenue) return null;
        if (!hasIllicit) { Add(BacudaColumns.Illicit, "is empty but revenue is given: fill both inspection columns or neither"); valid = false; return null; }
        var illicit = Flag(BacudaColumns.Illicit, illicitText);
        if (!hasRevenue) { Add(BacudaColumns.Revenue, "is empty but illicit is given: fill both inspection columns or neither"); valid = false; return null; }
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
            default: Add(column, $"'{Shorten(value ?? "")}' must be 0 or 1"); return null;
        }
    }

    public TransportMode? Transport(string column, string? value)
    {
        if (Enum.TryParse<TransportMode>(value?.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !value!.Trim().All(char.IsAsciiDigit))
            return mode;
        Add(column, $"'{Shorten(value ?? "")}' is not a transport mode ({string.Join(", ", Enum.GetNames<TransportMode>())})");
        return null;
    }

    public static double? ParseNumber(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
