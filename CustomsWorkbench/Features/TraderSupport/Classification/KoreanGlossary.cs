using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>Everyday words for one kind of goods, mapped to a heading (4 digits) or subheading (6 digits).</summary>
public sealed record GlossaryEntry(string Code, IReadOnlyList<string> Korean, IReadOnlyList<string> English)
{
    public IEnumerable<string> Terms => Korean.Concat(English);
}

/// <summary>
/// The hand-written Korean glossary (data/classification/glossary-ko.tsv): the words traders and shoppers use (이어폰,
/// 텀블러, 운동화 …) with everyday English equivalents, mapped to HS codes. It is the bridge from Korean and from shop
/// wording to the English nomenclature.
/// </summary>
public static class KoreanGlossary
{
    public static IReadOnlyList<GlossaryEntry> Shipped { get; } = Load(ShippedData.PathOf("classification", "glossary-ko.tsv"));

    /// <summary>Reads code, Korean terms and English terms (tab-separated; terms comma-separated; # starts a comment).
    /// Throws <see cref="FormatException"/> naming the line when a line is malformed.</summary>
    public static IReadOnlyList<GlossaryEntry> Load(string path) =>
        File.ReadLines(path).Select((line, i) => (line, number: i + 1))
            .Where(l => l.line.Length > 0 && !l.line.StartsWith('#'))
            .Select(l => Parse(l.line, l.number)).ToList();

    private static GlossaryEntry Parse(string line, int number)
    {
        var parts = line.Split('\t');
        if (parts.Length != 3 || parts[0].Length is not (4 or 6) || !parts[0].All(char.IsAsciiDigit))
            throw new FormatException($"glossary line {number}: expected 'code<TAB>Korean terms<TAB>English terms' with a 4- or 6-digit code");
        return new GlossaryEntry(parts[0], Terms(parts[1]), Terms(parts[2]));
    }

    private static string[] Terms(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
