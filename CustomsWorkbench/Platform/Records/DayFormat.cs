namespace CustomsWorkbench.Platform.Records;

/// <summary>One date format per culture for every list: 2026-12-03 in Korean, 03 Dec 2026 in English (never 12/3 vs 3/12).</summary>
public static class DayFormat
{
    public static string Current => UiLanguage.IsKorean ? "yyyy-MM-dd" : "dd MMM yyyy";
}
