using CustomsWorkbench.Platform.Text;
using System.Text;

namespace CustomsWorkbench.Features.Intelligence.Resolution;

/// <summary>A company name reduced to comparable tokens: legal form gone, Korean romanised, trade words canonical.</summary>
public sealed record NormalizedName(string Original, IReadOnlyList<string> Tokens)
{
    public string Compact { get; } = string.Concat(Tokens);
    public string Spaced => string.Join(' ', Tokens);
}

/// <summary>
/// Normalises company names so that "(주)한빛무역", "한빛 무역 주식회사" and "HANBIT TRADING CO., LTD." compare equal.
/// Steps: strip legal forms (Korean and English), split Korean trade words off the stem and map them to one English
/// word, romanise what remains, drop punctuation and case.
/// </summary>
public static class NameNormalizer
{
    // Longest first so "유한책임회사" is removed before "유한회사" could leave "책임".
    private static readonly string[] KoreanLegalForms =
        ["유한책임회사", "주식회사", "유한회사", "합자회사", "합명회사", "(주)", "（주）", "㈜", "(유)", "㈐", "(합)"];

    private static readonly HashSet<string> EnglishLegalForms = new(StringComparer.Ordinal)
    {
        "co", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "company", "coltd", "gmbh", "sa", "the",
    };

    /// <summary>Korean trade words and their canonical English token ("" drops the word, like a legal form).</summary>
    private static readonly (string Ko, string En)[] KoreanWords =
    [
        ("인터내셔널", "international"), ("코퍼레이션", ""), ("글로벌", "global"), ("코리아", "korea"), ("무역", "trading"),
        ("상사", "trading"), ("물산", ""), ("산업", "industrial"), ("유통", "distribution"), ("통상", "commerce"),
        ("식품", "foods"), ("전자", "electronics"), ("테크", "tech"), ("물류", "logistics"), ("화학", "chemical"),
    ];

    private static readonly Dictionary<string, string> EnglishSynonyms = new(StringComparer.Ordinal)
    {
        ["trade"] = "trading", ["traders"] = "trading", ["intl"] = "international", ["int'l"] = "international",
        ["ind"] = "industrial", ["industries"] = "industrial", ["industry"] = "industrial", ["food"] = "foods",
        ["electronic"] = "electronics", ["technology"] = "tech", ["distributions"] = "distribution",
    };

    public static NormalizedName Normalize(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC);
        foreach (var form in KoreanLegalForms) text = text.Replace(form, " ", StringComparison.Ordinal);
        foreach (var (ko, en) in KoreanWords) text = text.Replace(ko, $" {en} ", StringComparison.Ordinal);
        text = HangulRomanizer.Romanize(text).ToLowerInvariant();

        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else if (c is '.' or '\'' or '&') continue; // "Co.,Ltd." → "coltd", "A&B" → "ab"
            else Flush();
        }
        Flush();
        return new NormalizedName(name, tokens);

        void Flush()
        {
            if (current.Length == 0) return;
            var token = current.ToString();
            current.Clear();
            if (EnglishLegalForms.Contains(token)) return;
            tokens.Add(EnglishSynonyms.GetValueOrDefault(token, token));
        }
    }
}
