using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Cases;

public sealed record CaseSummary(int Id, string Title, string Owner, bool Shared, DateTime UpdatedUtc, string UpdatedBy,
    CaseStatus Status = CaseStatus.Open, CasePriority Priority = CasePriority.Normal, DateTime OpenedUtc = default);

public sealed record CaseContent(string Title, string Notes, string GraphState, string AttachedRecords, bool Shared);

public sealed record CaseDocument(int Id, string Owner, Guid Version, DateTime UpdatedUtc, string UpdatedBy, CaseContent Content);

/// <summary>Raised on the case's record topic after every save, so other analysts with the case open reload it.</summary>
public sealed record CaseSaved(int CaseId, Guid Version, string UpdatedBy);

public enum CaseSaveOutcome { Saved, NotFound, Conflict }

/// <summary>
/// Saved investigations. A case is visible to its owner and, once shared, to every analyst; saving checks the version
/// the editor started from so one analyst never silently overwrites another's change.
/// </summary>
public sealed class InvestigationCaseService(IDbContextFactory<WorkbenchDbContext> dbFactory, IRealtimeNotifier notifier, IAuditLog audit, TimeProvider clock)
{
    public const string EntityType = "InvestigationCase";
    public const string SavedEvent = "case-saved";

    public static string Topic(int caseId) => RealtimeTopics.Record(EntityType, caseId.ToString());

    public async Task<IReadOnlyList<CaseSummary>> ListAsync(string user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<InvestigationCase>().AsNoTracking().Where(c => c.Owner == user || c.Shared)
            .OrderByDescending(c => c.UpdatedUtc)
            .Select(c => new CaseSummary(c.Id, c.Title, c.Owner, c.Shared, c.UpdatedUtc, c.UpdatedBy, c.Status, c.Priority, c.CreatedUtc)).ToListAsync(ct);
    }

    public async Task<CaseDocument?> GetAsync(int id, string user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Set<InvestigationCase>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && (x.Owner == user || x.Shared), ct);
        return c is null ? null : Document(c);
    }

    public async Task<CaseDocument> CreateAsync(string user, CaseContent content, CancellationToken ct = default)
    {
        Check(content);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var c = new InvestigationCase { Title = content.Title, Owner = user, UpdatedBy = user, CreatedUtc = now, UpdatedUtc = now };
        Apply(c, content);
        db.Add(c);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(user, "intel.case.create", EntityType, c.Id.ToString(), new { c.Title, c.Shared }), ct);
        return Document(c);
    }

    public async Task<(CaseSaveOutcome Outcome, CaseDocument? Document)> SaveAsync(int id, string user, Guid expectedVersion, CaseContent content, CancellationToken ct = default)
    {
        Check(content);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Set<InvestigationCase>().FirstOrDefaultAsync(x => x.Id == id && (x.Owner == user || x.Shared), ct);
        if (c is null) return (CaseSaveOutcome.NotFound, null);
        if (c.Version != expectedVersion) return (CaseSaveOutcome.Conflict, Document(c));
        Apply(c, content);
        // Only the owner decides who else sees the case.
        if (c.Owner != user) c.Shared = true;
        c.UpdatedBy = user;
        c.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        c.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (CaseSaveOutcome.Conflict, null);
        }
        await audit.RecordAsync(AuditRecord.Decision(user, "intel.case.save", EntityType, c.Id.ToString(), new { c.Title, c.Shared }), ct);
        await notifier.PublishAsync(Topic(c.Id), SavedEvent, new CaseSaved(c.Id, c.Version, user), ct);
        return (CaseSaveOutcome.Saved, Document(c));
    }

    private static void Check(CaseContent content) => new FieldCheck()
        .Text("title", content.Title, FieldLimits.Title).Text("notes", content.Notes, FieldLimits.Note, multiline: true)
        .Text("graphState", content.GraphState, FieldLimits.CaseState, multiline: true)
        .Text("attachedRecords", content.AttachedRecords, FieldLimits.CaseState, multiline: true)
        .ThrowIfAny();

    private static void Apply(InvestigationCase c, CaseContent content)
    {
        c.Title = string.IsNullOrWhiteSpace(content.Title) ? "Untitled case" : content.Title.Trim();
        c.Notes = content.Notes;
        c.GraphState = content.GraphState;
        c.AttachedRecords = content.AttachedRecords;
        c.Shared = content.Shared;
    }

    private static CaseDocument Document(InvestigationCase c) => new(c.Id, c.Owner, c.Version, c.UpdatedUtc, c.UpdatedBy,
        new CaseContent(c.Title, c.Notes, c.GraphState, c.AttachedRecords, c.Shared));
}
