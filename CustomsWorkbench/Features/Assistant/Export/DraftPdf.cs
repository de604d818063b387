using SkiaSharp;

namespace CustomsWorkbench.Features.Assistant.Export;

/// <summary>
/// Renders a draft (title, body, footer) as an A4 PDF on the server with SkiaSharp: a typeface with Hangul glyphs (Noto Sans
/// CJK on Debian: package fonts-noto-cjk), word wrapping to the text width, and page breaks with a numbered footer.
/// </summary>
public static class DraftPdf
{
    private const float PageWidth = 595f, PageHeight = 842f, Margin = 56f; // A4 in points, 20 mm margins
    private const float BodySize = 11f, TitleSize = 16f, FooterSize = 8f, LineSpacing = 1.45f;
    private static readonly Lazy<SKTypeface?> Korean = new(KoreanFonts.Find);

    /// <summary>True when a typeface with Korean glyphs is installed (otherwise <see cref="Render"/> throws).</summary>
    public static bool Available => Korean.Value is not null;

    public static byte[] Render(string title, string body, string? footer = null)
    {
        var typeface = Korean.Value ?? throw new InvalidOperationException(KoreanFonts.Missing);
        using var titleFont = new SKFont(typeface, TitleSize);
        using var bodyFont = new SKFont(typeface, BodySize);
        using var footerFont = new SKFont(typeface, FooterSize);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var grey = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), IsAntialias = true };
        var width = PageWidth - 2 * Margin;
        var titleLines = Wrap(title, titleFont, width);
        var bodyLines = Wrap(body, bodyFont, width);

        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = title, Creator = "CustomsWorkbench", Producer = "CustomsWorkbench" }))
        {
            var page = 0;
            SKCanvas? canvas = null;
            var y = 0f;
            void FinishPage()
            {
                var text = $"{footer ?? "CustomsWorkbench"} · {page}";
                canvas!.DrawText(text, Margin, PageHeight - Margin + FooterSize * 2, SKTextAlign.Left, footerFont, grey);
                document.EndPage();
            }
            void Line(string text, SKFont font)
            {
                var height = font.Size * LineSpacing;
                if (canvas is null || y + height > PageHeight - Margin)
                {
                    if (canvas is not null) FinishPage();
                    canvas = document.BeginPage(PageWidth, PageHeight);
                    page++;
                    y = Margin;
                }
                y += height;
                if (text.Length > 0) canvas.DrawText(text, Margin, y - font.Size * (LineSpacing - 1), SKTextAlign.Left, font, ink);
            }
            foreach (var l in titleLines) Line(l, titleFont);
            Line("", bodyFont);
            foreach (var l in bodyLines) Line(l, bodyFont);
            FinishPage();
            document.Close();
        }
        return output.ToArray();
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>: at spaces, and inside a word only when the
    /// word alone is too wide (long codes, Korean runs without spaces). Blank lines are kept.</summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n").Replace('\t', ' ').Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (font.MeasureText(line) > width)
                {
                    var fit = Math.Max(1, (int)font.BreakText(line, width));
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }
}
