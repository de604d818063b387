using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CustomsWorkbench.Platform.Seizures;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The seizure goods categories as the assistant reads and writes them. The codes and their words are the seizure
/// vocabulary's (<see cref="SeizureVocabulary.Categories"/>, <see cref="SeizureStrings"/> ko/en): one source of truth with
/// the seizure form and lists. Only the ways people name a category in a request (synonyms, drug names) live here.
/// </summary>
public static partial class GoodsCategoryWords
{
    private static readonly ResourceManager Strings = new(typeof(SeizureStrings));
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>How a request names each category of the vocabulary (every category but "other").</summary>
    private static readonly IReadOnlyDictionary<string, Regex> Recognisers = new Dictionary<string, Regex>
    {
        ["narcotics"] = Narcotics(),
        ["weapons"] = Weapons(),
        ["counterfeit"] = Counterfeit(),
        ["wildlife"] = Wildlife(),
        ["currency"] = Currency(),
        ["tobacco"] = Tobacco(),
        ["medicines"] = Medicines(),
        ["strategic"] = Strategic(),
    };

    /// <summary>The category codes a request can filter on, in the vocabulary's order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. SeizureVocabulary.Categories.Where(Recognisers.ContainsKey)];

    /// <summary>The category code a request names, or null; the earliest mention wins when several are named.</summary>
    public static string? CodeIn(string text) =>
        Codes.Select(code => (Code: code, Match: Recognisers[code].Match(text))).Where(x => x.Match.Success)
            .OrderBy(x => x.Match.Index).Select(x => x.Code).FirstOrDefault();

    /// <summary>
    /// The category in words of the answer's language, as the seizure lists show it (lower-cased in English to sit in a
    /// sentence); an unknown code reads as the vocabulary's "other goods", never raw.
    /// </summary>
    public static string Word(string? code, bool korean)
    {
        var known = SeizureVocabulary.Categories.FirstOrDefault(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
        var words = Strings.GetString(SeizureVocabulary.Key(SeizureVocabulary.List.Category, known), korean ? Korean : English) ?? SeizureVocabulary.Other;
        return korean || words.Length == 0 ? words : char.ToLowerInvariant(words[0]) + words[1..];
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
    [GeneratedRegex(@"\bmedicines?\b|\bpharmaceuticals?\b|\bprescription drugs?\b|의약품|전문의약품|약품", RegexOptions.IgnoreCase)]
    private static partial Regex Medicines();
    [GeneratedRegex(@"\bstrategic goods\b|\bstrategic items?\b|\bdual[- ]use\b|전략물자|이중용도", RegexOptions.IgnoreCase)]
    private static partial Regex Strategic();
}
