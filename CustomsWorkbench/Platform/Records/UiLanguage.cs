using System.Globalization;

namespace CustomsWorkbench.Platform.Records;

/// <summary>Reference names (offices, countries) exist in both languages; lists show the one matching the UI culture.</summary>
public static class UiLanguage
{
    public static bool IsKorean => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";
}
