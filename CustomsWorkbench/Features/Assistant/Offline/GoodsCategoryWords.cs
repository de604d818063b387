using System.Text.RegularExpressions;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The seizure goods-category codes (as stored on seizures: narcotics, weapons, counterfeit, tobacco, currency, wildlife)
/// and the words people use for them in English and Korean, both ways: a request's words to the code it filters on, and a
/// code to the word an answer shows (never the raw code).
/// </summary>
public static partial class GoodsCategoryWords
{
    private static readonly (string Code, string En, string Ko, Regex Words)[] Categories =
    [
        ("narcotics", "narcotics", "마약류", Narcotics()),
        ("weapons", "weapons", "무기류", Weapons()),
        ("counterfeit", "counterfeit goods", "위조품", Counterfeit()),
        ("tobacco", "tobacco", "담배", Tobacco()),
        ("currency", "undeclared currency", "미신고 외화·현금", Currency()),
        ("wildlife", "protected wildlife", "멸종위기종", Wildlife()),
    ];

    public static IReadOnlyList<string> Codes { get; } = [.. Categories.Select(c => c.Code)];

    /// <summary>The category code a request names, or null; the earliest mention wins when several are named.</summary>
    public static string? CodeIn(string text) =>
        Categories.Select(c => (c.Code, Match: c.Words.Match(text))).Where(x => x.Match.Success).OrderBy(x => x.Match.Index).Select(x => x.Code).FirstOrDefault();

    /// <summary>The category in words of the answer's language; an unknown code is shown as "other goods", never raw.</summary>
    public static string Word(string? code, bool korean)
    {
        var c = Categories.FirstOrDefault(x => string.Equals(x.Code, code, StringComparison.OrdinalIgnoreCase));
        return c.Code is null ? (korean ? "기타 물품" : "other goods") : korean ? c.Ko : c.En;
    }

    [GeneratedRegex(@"\bnarcotics?\b|\bdrugs?\b|\bmeth(amphetamine)?\b|\bcocaine\b|\bcannabis\b|\bmarijuana\b|마약|필로폰|코카인|대마", RegexOptions.IgnoreCase)]
    private static partial Regex Narcotics();
    [GeneratedRegex(@"\bweapons?\b|\bfirearms?\b|\bguns?\b|\bammunition\b|무기|총기|실탄|권총", RegexOptions.IgnoreCase)]
    private static partial Regex Weapons();
    [GeneratedRegex(@"\bcounterfeits?\b|\bfakes?\b|\bfake goods\b|\bknock-?offs?\b|위조|짝퉁|가품", RegexOptions.IgnoreCase)]
    private static partial Regex Counterfeit();
    [GeneratedRegex(@"\btobacco\b|\bcigarettes?\b|\bcigars?\b|담배|궐련", RegexOptions.IgnoreCase)]
    private static partial Regex Tobacco();
    [GeneratedRegex(@"\bcash\b|\bcurrency smuggling\b|\bundeclared currency\b|\bbanknotes\b|현금|외화|외환", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();
    [GeneratedRegex(@"\bwildlife\b|\bivory\b|\bendangered\b|\bcites\b|멸종위기|야생동물|상아", RegexOptions.IgnoreCase)]
    private static partial Regex Wildlife();
}
