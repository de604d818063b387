using System.Text.RegularExpressions;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The two ends of a path request ("how is IM00000012 connected to Seoul Trading?", "'세진물류'와 '블루오션' 사이 경로",
/// "path between Mirae Global and Blue Ocean"): quoted names first, then importer codes and known names, then the words
/// around "between … and …", "from … to …", "A와 B 사이", "A에서 B까지".
/// </summary>
public sealed partial record PathRequest(string From, string To)
{
    public static PathRequest? Parse(string text, SlotExtractor names)
    {
        var mentions = MergeRequest.QuotedNames(text).ToList();
        if (mentions.Count < 2) mentions = [.. MergeRequest.Importers(text, names)];
        if (mentions.Count >= 2) return new PathRequest(mentions[0].Name, mentions[1].Name);
        foreach (var pattern in new[] { English(), Korean() })
        {
            var m = pattern.Match(text);
            if (!m.Success) continue;
            var (a, b) = (Clean(m.Groups["a"].Value), Clean(m.Groups["b"].Value));
            if (a.Length > 0 && b.Length > 0 && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return new PathRequest(a, b);
        }
        return null;
    }

    private static string Clean(string name) => Filler().Replace(name, "").Trim().Trim('\'', '"', ',', '.', '?', '!', ':').Trim();

    [GeneratedRegex(@"\bbetween\s+(?<a>.+?)\s+and\s+(?<b>.+?)(?:\s+in the graph|\s+please|\s+thanks|\s+now|\s+for me)*[\s?.!]*$|\bfrom\s+(?<a>.+?)\s+to\s+(?<b>.+?)(?:\s+in the graph|\s+please|\s+thanks|\s+now|\s+for me)*[\s?.!]*$|^(?:how|what|through whom)\s+(?:is|are|does|links|connects)\s+(?<a>.+?)\s+(?:connected to|linked to|related to|link up to|links up to|reach|with|to)\s+(?<b>.+?)(?:\s+please|\s+thanks|\s+now|\s+for me)*[\s?.!]*$|^(?:how are)\s+(?<a>.+?)\s+and\s+(?<b>.+?)\s+related", RegexOptions.IgnoreCase)]
    private static partial Regex English();
    [GeneratedRegex(@"^(?<a>.+?)(?:와|과|랑|이랑|하고)\s+(?<b>.+?)\s*(?:사이|를 잇는|을 잇는|는 어떻게|은 어떻게|의 관계|어떻게|연결)|^(?<a>.+?)(?:에서|부터)\s+(?<b>.+?)(?:까지|로 가는|으로 가는)")]
    private static partial Regex Korean();
    [GeneratedRegex(@"^(?:(?:please|can you|could you|hey,?|assistant,?|quick question:|show me|show|find|trace|혹시|저기,?|빨리|음)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();
}
