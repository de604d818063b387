using CustomsWorkbench.Platform.Demo.World;

namespace CustomsWorkbench.Features.Intelligence.Planting;

public enum NameVariant { Spacing, LegalForm, Romanisation, Typo, CaseAndPunctuation }

/// <summary>
/// Writes the same company name the way a second clerk would: other spacing, another legal form, the romanised (or
/// Korean) spelling, a typo, or shouting capitals without punctuation. Works on names made of a demo stem and suffix.
/// </summary>
public static class CompanyNameVariants
{
    public sealed record ParsedName(string StemKo, string StemEn, string SuffixKo, string SuffixEn, bool Korean);

    public static ParsedName? Parse(string name)
    {
        foreach (var (stemKo, stemEn) in KoreanNames.CompanyStems.OrderByDescending(s => s.Ko.Length))
        {
            foreach (var (suffixKo, suffixEn) in KoreanNames.CompanySuffixes.OrderByDescending(s => s.Ko.Length))
            {
                if (name.Contains(stemKo + suffixKo, StringComparison.Ordinal)) return new ParsedName(stemKo, stemEn, suffixKo, suffixEn, true);
                if (name.StartsWith($"{stemEn} {suffixEn} ", StringComparison.Ordinal)) return new ParsedName(stemKo, stemEn, suffixKo, suffixEn, false);
            }
        }
        return null;
    }

    public static string Make(ParsedName n, NameVariant variant, Random random) => (variant, n.Korean) switch
    {
        (NameVariant.Spacing, true) => $"(주) {n.StemKo} {n.SuffixKo}",
        (NameVariant.Spacing, false) => $"{n.StemEn}{n.SuffixEn} Co.,Ltd",
        (NameVariant.LegalForm, true) => random.Next(2) == 0 ? $"주식회사 {n.StemKo}{n.SuffixKo}" : $"{n.StemKo}{n.SuffixKo}(유)",
        (NameVariant.LegalForm, false) => random.Next(2) == 0 ? $"{n.StemEn} {n.SuffixEn} Inc." : $"{n.StemEn} {n.SuffixEn} Limited",
        (NameVariant.Romanisation, true) => $"{n.StemEn} {n.SuffixEn} Co., Ltd.",
        (NameVariant.Romanisation, false) => $"(주){n.StemKo}{n.SuffixKo}",
        (NameVariant.Typo, true) => $"(주){n.StemKo}{n.StemKo[^1]}{n.SuffixKo}",
        (NameVariant.Typo, false) => $"{SwapAdjacent(n.StemEn, random)} {n.SuffixEn} Co., Ltd.",
        (NameVariant.CaseAndPunctuation, true) => $"㈜{n.StemKo}{n.SuffixKo}.",
        _ => $"{n.StemEn.ToUpperInvariant()} {n.SuffixEn.ToUpperInvariant()} CO LTD",
    };

    private static string SwapAdjacent(string word, Random random)
    {
        if (word.Length < 4) return word + word[^1];
        var i = random.Next(1, word.Length - 2);
        var chars = word.ToCharArray();
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return new string(chars);
    }

    /// <summary>"02-1234-5678" as the same number written another way.</summary>
    public static string PhoneVariant(string phone, int style) => style switch
    {
        0 => "+82-" + phone.TrimStart('0'),
        1 => phone.Replace('-', ' '),
        _ => phone.Replace("-", ""),
    };

    /// <summary>The same address with the region spelt short and the road number run together.</summary>
    public static string AddressVariant(string address) =>
        address.Replace("특별시", "").Replace("광역시", "").Replace("로 ", "로", StringComparison.Ordinal).Replace(", ", " ");
}
