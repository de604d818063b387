using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Assistant.Library;

public sealed record ProcedureDocumentRow(int Id, string Title, string FileName, bool Shipped, string AddedBy, DateTime AddedAtUtc, int Chunks);

/// <summary>The procedures library: documents and their embedded chunks in the database, searched through a cached index.</summary>
public sealed class ProcedureLibrary(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit)
{
    public const long MaxUploadBytes = 512 * 1024;
    private volatile ProcedureIndex? index;
    private readonly SemaphoreSlim loading = new(1, 1);

    public async Task<IReadOnlyList<ProcedureHit>> SearchAsync(string query, int top = 3, CancellationToken ct = default) =>
        (await IndexAsync(ct)).Search(query, top);

    public async Task<ProcedureIndex> IndexAsync(CancellationToken ct = default)
    {
        if (index is { } ready) return ready;
        await loading.WaitAsync(ct);
        try
        {
            if (index is { } loaded) return loaded;
            await using var db = await factory.CreateDbContextAsync(ct);
            var rows = await db.Set<ProcedureChunk>().AsNoTracking()
                .Select(c => new { c.Id, c.DocumentId, c.Document!.Title, c.Heading, c.Text, c.Vector }).ToListAsync(ct);
            index = new ProcedureIndex(rows.Select(r => new IndexedChunk(r.Id, r.DocumentId, r.Title, r.Heading, r.Text, SparseVector.FromBytes(r.Vector))).ToList());
            return index;
        }
        finally { loading.Release(); }
    }

    public async Task<IReadOnlyList<ProcedureDocumentRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ProcedureDocument>().AsNoTracking().OrderBy(d => d.Title)
            .Select(d => new ProcedureDocumentRow(d.Id, d.Title, d.FileName, d.Shipped, d.AddedBy, d.AddedAtUtc, d.Chunks.Count)).ToListAsync(ct);
    }

    public async Task<ProcedureDocument?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ProcedureDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
    }

    /// <summary>Adds (or replaces, by file name) a Markdown or plain-text document uploaded by a supervisor; audited.</summary>
    public async Task<ProcedureDocumentRow> AddAsync(string fileName, string content, string addedBy, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(content)) throw new ArgumentException("The document is empty.", nameof(content));
        await using var db = await factory.CreateDbContextAsync(ct);
        var doc = await UpsertAsync(db, Path.GetFileName(fileName), content, shipped: false, addedBy, ct);
        await db.SaveChangesAsync(ct);
        index = null;
        await audit.RecordAsync(AuditRecord.Decision(addedBy, "assistant.library.add", "ProcedureDocument", doc.Id.ToString(),
            new { doc.FileName, doc.Title, chunks = doc.Chunks.Count }), ct);
        return new ProcedureDocumentRow(doc.Id, doc.Title, doc.FileName, doc.Shipped, doc.AddedBy, doc.AddedAtUtc, doc.Chunks.Count);
    }

    /// <summary>
    /// Adds an uploaded file: Markdown or text as it is, a PDF through its text layer (one section per page). Wrong type,
    /// size, damaged, encrypted or text-less files return the reason (an AssistantStrings key) and store nothing.
    /// </summary>
    public async Task<(ProcedureDocumentRow? Row, string? Problem)> AddUploadAsync(string fileName, byte[] bytes, string addedBy, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName);
        switch (Path.GetExtension(name).ToLowerInvariant())
        {
            case ".pdf":
                var pdf = PdfText.Extract(bytes, Path.GetFileNameWithoutExtension(name));
                return pdf.Ok ? (await AddAsync(name, pdf.Markdown!, addedBy, ct), null) : (null, pdf.Problem);
            case ".md" or ".txt":
                if (bytes.LongLength > MaxUploadBytes) return (null, "LibraryTooLarge");
                if (PdfText.LooksLikePdf(bytes)) return (null, "LibraryPdfExtension");
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                return string.IsNullOrWhiteSpace(text) ? (null, "LibraryEmpty") : (await AddAsync(name, text, addedBy, ct), null);
            default:
                return (null, "LibraryWrongType");
        }
    }

    /// <summary>Creates or re-chunks a document; unchanged content is left alone so seeding stays idempotent.</summary>
    internal static async Task<ProcedureDocument> UpsertAsync(WorkbenchDbContext db, string fileName, string content, bool shipped, string addedBy, CancellationToken ct)
    {
        var doc = await db.Set<ProcedureDocument>().Include(d => d.Chunks).FirstOrDefaultAsync(d => d.FileName == fileName, ct);
        if (doc is not null && doc.Content == content) return doc;
        var title = ProcedureChunker.TitleOf(content, Path.GetFileNameWithoutExtension(fileName));
        if (doc is null)
        {
            doc = new ProcedureDocument { Title = title, FileName = fileName, Content = content, Shipped = shipped, AddedBy = addedBy, AddedAtUtc = DateTime.UtcNow };
            db.Add(doc);
        }
        else
        {
            db.RemoveRange(doc.Chunks);
            doc.Chunks.Clear();
            doc.Title = title;
            doc.Content = content;
            doc.AddedBy = addedBy;
            doc.AddedAtUtc = DateTime.UtcNow;
        }
        var ordinal = 0;
        foreach (var chunk in ProcedureChunker.Chunk(content, title))
        {
            doc.Chunks.Add(new ProcedureChunk
            {
                Ordinal = ordinal++, Heading = chunk.Heading, Text = chunk.Text,
                Vector = TextEmbedder.Embed($"{title} {chunk.Heading} {chunk.Text}").ToBytes(),
            });
        }
        return doc;
    }
}
