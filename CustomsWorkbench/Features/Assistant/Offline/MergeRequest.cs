using System.Text.RegularExpressions;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The two entities of a merge request ("merge 'Hanbit Trading' into 'Hanbit Trading Co.'", "A와 B를 같은 업체로 병합 제안해줘"):
/// <see cref="Keep"/> survives, <see cref="Merge"/> is folded into it. Importer codes and known importer names become
/// "importer:CODE"; other names are passed as written and resolved by the intelligence module's merger on confirmation.
/// </summary>
public sealed partial record MergeRequest(string Keep, string Merge)
{
    /// <summary>The request's entities, or null when fewer than two are named.</summary>
    public static MergeRequest? Parse(string text, SlotExtractor names)
    {
        var mentions = QuotedNames(text).ToList();
        if (mentions.Count < 2) mentions = [.. Importers(text, names)];
        if (mentions.Count < 2) mentions = [.. Unquoted(text)];
        if (mentions.Count < 2) return null;
        var (first, second) = (mentions[0], mentions[1]);
        var between = text[first.End..second.Index];
        var after = text[second.End..];
        // "A into B", "A with B", "A is a duplicate of B", "A를 B에/로 병합", "A는 B의 중복": B is the record that stays.
        var intoSecond = IntoSecond().IsMatch(between) || IntoSecondAfter().IsMatch(after);
        var (keep, merge) = intoSecond ? (second.Name, first.Name) : (first.Name, second.Name);
        return string.IsNullOrWhiteSpace(keep) || string.IsNullOrWhiteSpace(merge) ? null : new MergeRequest(keep, merge);
    }

    /// <summary>Importer codes and known importer names in order of appearance, as entity keys (shared with <see cref="PathRequest"/>).</summary>
    internal static IEnumerable<(int Index, int End, string Name)> Importers(string text, SlotExtractor names)
    {
        var found = new List<(int Index, int End, string Name)>();
        foreach (Match m in SlotPatterns.ImporterCode().Matches(text)) found.Add((m.Index, m.Index + m.Length, "importer:" + m.Value.ToUpperInvariant()));
        found.AddRange(names.FindImporterNames(text).Select(x => (x.Index, x.Index + x.Length, "importer:" + x.Code)));
        return found.OrderBy(x => x.Index);
    }

    private static IEnumerable<(int Index, int End, string Name)> Unquoted(string text)
    {
        foreach (var pattern in new[] { English(), Korean() })
        {
            var m = pattern.Match(text);
            if (!m.Success) continue;
            var (a, b) = (m.Groups["a"], m.Groups["b"]);
            return [(a.Index, a.Index + a.Length, Clean(a.Value)), (b.Index, b.Index + b.Length, Clean(b.Value))];
        }
        return [];
    }

    /// <summary>Names written in quotes, in order of appearance.</summary>
    internal static IEnumerable<(int Index, int End, string Name)> QuotedNames(string text) =>
        Quoted().Matches(text).Select(m => (m.Index, m.Index + m.Length, m.Groups["q"].Value.Trim()));

    private static string Clean(string name) => Filler().Replace(name, "").Trim().Trim('\'', '"', ',', '.', '?', '!', ':').Trim();

    [GeneratedRegex(@"['""‘“「『](?<q>[^'""’”」』]{1,80})['""’”」』]")]
    private static partial Regex Quoted();
    [GeneratedRegex(@"\b(into|with)\b|\bduplicate of\b|(에|로|으로)\s*(병합|통합|합쳐|합치)")]
    private static partial Regex IntoSecond();
    [GeneratedRegex(@"^[\s'""’”」』]*(에|로|으로|의 중복)")]
    private static partial Regex IntoSecondAfter();
    [GeneratedRegex(@"\b(?:merge|merging|combine|fold)\s+(?:the\s+duplicate\s+|these\s+two:?\s+)?(?<a>.+?)\s+(?:into|with|and)\s+(?:the\s+record\s+)?(?<b>.+?)(?:\s+(?:into one entity|please|thanks|now|for me))*[\s?.!]*$|^(?<a>.+?)\s+(?:and|&)\s+(?<b>.+?)\s+are\s+(?:the same|one)\b|^(?<a>.+?)\s+is\s+a\s+duplicate\s+of\s+(?<b>.+?)[\s?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex English();
    [GeneratedRegex(@"^(?<a>.+?)(?:와|과|랑|이랑|하고|,)\s+(?<b>.+?)(?:를|을|는|은)?\s+(?:같은|동일|병합|중복|합쳐)|^(?<a>.+?)(?:를|을|는|은)\s+(?<b>.+?)(?:에|으로|로|와|과|의)\s*(?:병합|통합|합쳐|중복)")]
    private static partial Regex Korean();
    [GeneratedRegex(@"^(?:(?:please|can you|could you|hey,?|assistant,?|quick question:|propose merging|suggest a merge of|두 업체|혹시|저기,?|빨리|음)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();
}
