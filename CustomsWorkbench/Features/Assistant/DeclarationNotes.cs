using System.Net;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Assistant;

public sealed record NoteView(int Id, int DeclarationId, string Kind, string Title, string Body, string CreatedBy, DateTime CreatedAtUtc);

/// <summary>Published on <see cref="DeclarationNotes.Topic"/> when a note or draft is saved, so open lists refresh.</summary>
public sealed record NoteSaved(int DeclarationId, int NoteId);

/// <summary>Notes and drafts saved on a declaration (audited), and their print-ready HTML export.</summary>
public sealed class DeclarationNotes(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, IRealtimeNotifier notifier)
{
    public const string Topic = "declaration-notes";

    public async Task<NoteView> AddAsync(int declarationId, string kind, string title, string body, string user, CancellationToken ct = default)
    {
        Fields(kind, title, body).ThrowIfAny();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Declarations.AnyAsync(d => d.Id == declarationId, ct)) throw new InvalidOperationException($"Declaration {declarationId} does not exist.");
        var note = new DeclarationNote { DeclarationId = declarationId, Kind = kind, Title = title, Body = body, CreatedBy = user, CreatedAtUtc = DateTime.UtcNow };
        db.Add(note);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(user, "declaration.note-add", "Declaration", declarationId.ToString(),
            new { noteId = note.Id, kind, title, length = body.Length }), ct);
        await notifier.PublishAsync(Topic, "note-saved", new NoteSaved(declarationId, note.Id), ct);
        return View(note);
    }

    public async Task<IReadOnlyList<NoteView>> ListAsync(int declarationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<DeclarationNote>().AsNoTracking().Where(n => n.DeclarationId == declarationId).OrderByDescending(n => n.Id).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public async Task<NoteView?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var n = await db.Set<DeclarationNote>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct);
        return n is null ? null : View(n);
    }

    /// <summary>A note's or draft's fields checked against <see cref="FieldLimits"/>.</summary>
    public static FieldCheck Fields(string kind, string title, string body) => new FieldCheck()
        .Text("kind", kind, FieldLimits.Kind).Text("title", title, FieldLimits.Title).Text("body", body, FieldLimits.Note, multiline: true);

    /// <summary>A 422 problem when a draft sent for printing breaks the limits, else null.</summary>
    public static IResult? Check(string kind, string title, string body) =>
        Fields(kind, title, body) is { Errors.Count: > 0 } check ? Results.ValidationProblem(check.Errors, statusCode: StatusCodes.Status422UnprocessableEntity) : null;

    /// <summary>A self-contained HTML page for printing (or "print to PDF" in the browser); everything is HTML-encoded.</summary>
    public static string ToPrintHtml(string title, string body, string? footer = null) =>
        $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title>
        <style>@page {"{"} size: A4; margin: 20mm; {"}"} body {"{"} font-family: 'Noto Sans KR', Arial, sans-serif; font-size: 11pt; {"}"}
        pre {"{"} white-space: pre-wrap; font-family: inherit; {"}"} footer {"{"} margin-top: 2em; color: #555; font-size: 9pt; {"}"}</style>
        </head><body><h1>{WebUtility.HtmlEncode(title)}</h1><pre>{WebUtility.HtmlEncode(body)}</pre>
        <footer>{WebUtility.HtmlEncode(footer ?? "CustomsWorkbench")}</footer></body></html>
        """;

    private static NoteView View(DeclarationNote n) => new(n.Id, n.DeclarationId, n.Kind, n.Title, n.Body, n.CreatedBy, n.CreatedAtUtc);
}
