using System.Globalization;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Dates as the BACUDA/DATE sample writes them (yy-MM-dd, "13-01-02" is 2 January 2013) or ISO 8601 (yyyy-MM-dd).
/// Two-digit years are 20yy: customs declarations in these files are all from this century.
/// </summary>
public static class BacudaDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yy-MM-dd"];
    private static readonly CultureInfo TwentyFirstCentury = CreateCulture();

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, TwentyFirstCentury, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.Calendar.TwoDigitYearMax = 2099;
        return culture;
    }
}
