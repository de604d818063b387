using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace CustomsWorkbench.Features.Assistant.Library;

/// <summary>The text of an uploaded PDF as Markdown (one "## Page n" section per page), or why it cannot be used (a string key).</summary>
public sealed record PdfTextResult(string? Markdown, string? Problem, int Pages = 0)
{
    public bool Ok => Problem is null;
}

/// <summary>
/// Reads the text layer of a PDF with PdfPig for the procedures library. Refuses, with a clear reason and before anything is
/// stored: files that are not PDFs, corrupt or truncated PDFs, encrypted PDFs, and scans without a text layer.
/// </summary>
public static class PdfText
{
    public const long MaxBytes = 8 * 1024 * 1024;
    // Problems are keys of AssistantStrings (English and Korean texts there).
    public const string NotPdf = "LibraryNotPdf";
    public const string Corrupt = "LibraryCorruptPdf";
    public const string Encrypted = "LibraryEncryptedPdf";
    public const string NoText = "LibraryNoTextPdf";
    public const string TooLarge = "LibraryPdfTooLarge";

    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes.Length >= 5 && bytes[..5].SequenceEqual("%PDF-"u8);

    public static PdfTextResult Extract(byte[] bytes, string title)
    {
        if (bytes.Length > MaxBytes) return new(null, TooLarge);
        if (!LooksLikePdf(bytes)) return new(null, NotPdf);
        // An /Encrypt entry in the trailer means protection, even with an empty user password: refuse rather than guess rights.
        if (Encoding.Latin1.GetString(bytes).Contains("/Encrypt", StringComparison.Ordinal)) return new(null, Encrypted);
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false });
            if (document.IsEncrypted) return new(null, Encrypted);
            // The document's own title when it has one, else the file name.
            var heading = document.Information.Title is { Length: > 0 } own && !string.IsNullOrWhiteSpace(own) ? own.Trim() : title;
            var markdown = new StringBuilder($"# {heading}\n");
            var withText = 0;
            foreach (var page in document.GetPages())
            {
                var text = ContentOrderTextExtractor.GetText(page).Trim();
                if (text.Length == 0) continue;
                withText++;
                markdown.Append($"\n## Page {page.Number}\n\n{text}\n");
            }
            return withText == 0 ? new(null, NoText) : new(markdown.ToString(), null, document.NumberOfPages);
        }
        catch (PdfDocumentEncryptedException) { return new(null, Encrypted); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The file is untrusted input: PdfPig reports damage through many exception types (format, index, cast, end of
            // stream, ...), and all of them mean the same thing to the uploader.
            return new(null, Corrupt);
        }
    }
}
