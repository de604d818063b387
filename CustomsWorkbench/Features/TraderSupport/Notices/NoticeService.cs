using System.Globalization;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.TraderSupport.Preferences;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Notices;

public sealed record NoticeView(int Id, int ImporterId, string Kind, string Subject, string Body, double EstimatedSaving, NoticeStatus Status,
    string CreatedBy, DateTime CreatedAtUtc, string? SentBy, DateTime? SentAtUtc);

/// <summary>A notice that cannot be saved or sent as asked; nothing was changed.</summary>
public sealed class NoticeException(string message) : InvalidOperationException(message);

/// <summary>
/// Drafting, editing and "sending" (storing as sent) notices to traders; every step is on the audit trail. The assistant
/// drafts the letter (<see cref="IAssistantLetterWriter"/>: the grounded template offline, reworded by the configured model
/// when there is one); the officer reviews and edits it before sending.
/// </summary>
public sealed class NoticeService(IDbContextFactory<WorkbenchDbContext> factory, FtaSavingsQuery savings, IAuditLog audit, TimeProvider clock,
    IAssistantLetterWriter? writer = null)
{
    public async Task<NoticeView> DraftFtaSavingsAsync(int importerId, string user, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var name = await db.Importers.AsNoTracking().Where(i => i.Id == importerId).Select(i => i.Name).SingleOrDefaultAsync(ct)
            ?? throw new NoticeException($"No importer {importerId}.");
        var missed = await savings.ForImporterAsync(importerId, ct);
        if (missed.Count == 0) throw new NoticeException("This importer has no unused preference to write about.");
        var (templateSubject, templateBody) = FtaNoticeTemplate.Draft(name, missed);
        // The figures the letter must keep whoever words it: the total saving and every declaration it lists.
        var facts = missed.OrderByDescending(m => m.Saving).Take(FtaNoticeTemplate.LinesListed).Select(m => m.Number)
            .Prepend(missed.Sum(m => m.Saving).ToString("N0", CultureInfo.InvariantCulture)).Distinct().ToList();
        var letter = writer is null ? new DraftedLetter(templateSubject, templateBody, DraftedLetter.Offline)
            : await writer.DraftAsync(new LetterRequest("fta-savings", templateSubject, templateBody, facts), ct);
        var (subject, body) = (letter.Subject, letter.Body.Length > FieldLimits.Note ? templateBody : letter.Body);
        var notice = new TraderNotice
        {
            ImporterId = importerId, Kind = "fta-savings", Subject = subject, Body = body, EstimatedSaving = missed.Sum(m => m.Saving),
            Status = NoticeStatus.Draft, CreatedBy = user, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(notice);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(user, "trader.notice-drafted", "Importer", importerId.ToString(),
            new { noticeId = notice.Id, notice.Kind, notice.EstimatedSaving, lines = missed.Count, draftedBy = letter.DraftedBy }), ct);
        return View(notice);
    }

    public async Task<NoticeView> SaveAsync(int id, string subject, string body, string user, CancellationToken ct = default)
    {
        Validate(subject, body);
        await using var db = await factory.CreateDbContextAsync(ct);
        var notice = await DraftAsync(db, id, ct);
        (notice.Subject, notice.Body) = (subject.Trim(), body);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(user, "trader.notice-edited", "Importer", notice.ImporterId.ToString(), new { noticeId = id }), ct);
        return View(notice);
    }

    /// <summary>Sends the text as the officer last edited it (saved first when given), then the notice is read-only.</summary>
    public async Task<NoticeView> SendAsync(int id, string subject, string body, string user, CancellationToken ct = default)
    {
        Validate(subject, body);
        await using var db = await factory.CreateDbContextAsync(ct);
        var notice = await DraftAsync(db, id, ct);
        (notice.Subject, notice.Body, notice.Status, notice.SentBy, notice.SentAtUtc) = (subject.Trim(), body, NoticeStatus.Sent, user, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(user, "trader.notice-sent", "Importer", notice.ImporterId.ToString(),
            new { noticeId = id, notice.Subject, notice.EstimatedSaving, bodyLength = body.Length }), ct);
        return View(notice);
    }

    public async Task<IReadOnlyList<NoticeView>> ListAsync(int importerId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return (await db.Set<TraderNotice>().AsNoTracking().Where(n => n.ImporterId == importerId).OrderByDescending(n => n.Id).ToListAsync(ct))
            .Select(View).ToList();
    }

    private static async Task<TraderNotice> DraftAsync(WorkbenchDbContext db, int id, CancellationToken ct)
    {
        var notice = await db.Set<TraderNotice>().SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw new NoticeException($"No notice {id}.");
        return notice.Status == NoticeStatus.Draft ? notice : throw new NoticeException("This notice was already sent and can no longer change.");
    }

    private static void Validate(string subject, string body)
    {
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > FieldLimits.Address)
            throw new NoticeException($"The subject must have 1 to {FieldLimits.Address} characters.");
        if (string.IsNullOrWhiteSpace(body) || body.Length > FieldLimits.Note)
            throw new NoticeException($"The letter must have 1 to {FieldLimits.Note} characters.");
    }

    private static NoticeView View(TraderNotice n) =>
        new(n.Id, n.ImporterId, n.Kind, n.Subject, n.Body, n.EstimatedSaving, n.Status, n.CreatedBy, n.CreatedAtUtc, n.SentBy, n.SentAtUtc);
}
