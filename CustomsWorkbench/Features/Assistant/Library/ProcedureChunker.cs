using System.Text;

namespace CustomsWorkbench.Features.Assistant.Library;

public sealed record TextChunk(string Heading, string Text);

/// <summary>Splits Markdown by headings (plain text by blank-line paragraphs) into sections of at most ~900 characters.</summary>
public static class ProcedureChunker
{
    private const int MaxChars = 900;

    public static string TitleOf(string content, string fallback) =>
        content.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# "))?[2..].Trim() ?? fallback;

    public static IReadOnlyList<TextChunk> Chunk(string content, string title)
    {
        var chunks = new List<TextChunk>();
        var heading = title;
        var body = new StringBuilder();
        void Flush()
        {
            var text = body.ToString().Trim();
            body.Clear();
            if (text.Length == 0) return;
            foreach (var piece in SplitLong(text)) chunks.Add(new TextChunk(heading, piece));
        }
        foreach (var raw in content.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith('#'))
            {
                Flush();
                var h = line.TrimStart('#').Trim();
                heading = line.StartsWith("# ") ? title : h;
                continue;
            }
            body.AppendLine(line);
        }
        Flush();
        return chunks;
    }

    private static IEnumerable<string> SplitLong(string text)
    {
        if (text.Length <= MaxChars) { yield return text; yield break; }
        var current = new StringBuilder();
        foreach (var paragraph in text.Split("\n\n"))
        {
            if (current.Length > 0 && current.Length + paragraph.Length > MaxChars) { yield return current.ToString().Trim(); current.Clear(); }
            current.Append(paragraph).Append("\n\n");
        }
        if (current.Length > 0) yield return current.ToString().Trim();
    }
}
