using System.Text;
using CustomsWorkbench.Features.Assistant.Export;
using CustomsWorkbench.Features.Assistant.Library;
using SkiaSharp;
using UglyToad.PdfPig;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>Server-side PDF of drafts (Korean text, wrapping, page breaks) and the library's PDF text extraction.</summary>
public class DraftPdfTests
{
    private const string KoreanLine = "검사 결과: 신고 물품과 현품이 일치하지 않음. 추가 조사가 필요합니다.";

    [Fact]
    public void A_korean_draft_renders_to_a_pdf_whose_text_reads_back()
    {
        Assert.True(DraftPdf.Available, "a font with Korean glyphs must be installed (fonts-noto-cjk)");
        var pdf = DraftPdf.Render("검사 보고서 — 41017-26-0001234", "Inspection report\n" + KoreanLine, "officer · 2026-11-24");
        Assert.True(PdfText.LooksLikePdf(pdf));
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("검사보고서", text.Replace(" ", ""));
        Assert.Contains(KoreanLine.Replace(" ", ""), text.Replace(" ", ""));
        Assert.Contains("officer", text);
    }

    [Fact]
    public void Long_drafts_wrap_within_the_margins_and_break_across_pages()
    {
        var body = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"{i}. {KoreanLine} The goods were examined in the presence of the broker."));
        var pdf = DraftPdf.Render("Long report", body + "\n" + new string('X', 400));
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 4, $"{document.NumberOfPages} pages");
        foreach (var page in document.GetPages())
        {
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, page.Width - 50));
            Assert.Contains($"· {page.Number}", string.Concat(page.Letters.Select(l => l.Value)));
        }
        var all = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains("120.", all);
        Assert.Equal(400, all.Count(c => c == 'X'));
    }

    [Fact]
    public void Wrap_breaks_at_spaces_and_inside_overlong_words()
    {
        using var font = new SKFont(SKTypeface.Default, 10);
        var lines = DraftPdf.Wrap("alpha beta gamma delta\n\n" + new string('W', 100), font, 60);
        Assert.All(lines, l => Assert.True(font.MeasureText(l) <= 60, l));
        Assert.Contains("", lines);
        Assert.Equal(100, string.Concat(lines).Count(c => c == 'W'));
        Assert.Equal("alpha beta gamma delta", string.Join(' ', lines.TakeWhile(l => l.Length > 0)));
    }

    [Fact]
    public void A_pdf_with_text_becomes_markdown_with_one_section_per_page()
    {
        var pdf = DraftPdf.Render("CITES permits", "Wildlife goods need a CITES permit.\n" + KoreanLine);
        var result = PdfText.Extract(pdf, "cites-permits");
        Assert.True(result.Ok, result.Problem);
        Assert.StartsWith("# CITES permits", result.Markdown);
        Assert.Contains("## Page 1", result.Markdown);
        Assert.Contains("CITES permit", result.Markdown);
    }

    [Fact]
    public void Not_a_pdf_damaged_encrypted_and_text_less_pdfs_are_refused_with_a_reason()
    {
        Assert.Equal(PdfText.NotPdf, PdfText.Extract(Encoding.UTF8.GetBytes("# Markdown, not a PDF"), "x").Problem);
        var good = DraftPdf.Render("Report", "Some text");
        Assert.Equal(PdfText.Corrupt, PdfText.Extract(good[..(good.Length / 3)], "x").Problem);
        Assert.Equal(PdfText.NoText, PdfText.Extract(ImageOnlyPdf(), "x").Problem);
        Assert.StartsWith("# scan-name", PdfText.Extract(DraftPdf.Render("", "text without a title"), "scan-name").Markdown);
        Assert.Equal(PdfText.Encrypted, PdfText.Extract(WithEncryptEntry(good), "x").Problem);
        Assert.Equal(PdfText.TooLarge, PdfText.Extract(new byte[PdfText.MaxBytes + 1], "x").Problem);
    }

    /// <summary>A "scan": one page with a drawn image and no text.</summary>
    public static byte[] ImageOnlyPdf()
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            var canvas = document.BeginPage(595, 842);
            using var paint = new SKPaint { Color = SKColors.Gray };
            canvas.DrawRect(60, 60, 400, 300, paint);
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    /// <summary>A PDF whose trailer names an encryption dictionary, as password-protected files do.</summary>
    public static byte[] WithEncryptEntry(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", at, StringComparison.Ordinal) + 2;
        return Encoding.Latin1.GetBytes(text[..open] + " /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -44 >> " + text[open..]);
    }
}
