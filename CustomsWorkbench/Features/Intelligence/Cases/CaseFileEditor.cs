using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Cases;

/// <summary>
/// Every change to a case file: notes, tasks, observables, links and the header. Each change names the case version the
/// editor loaded; a stale version is refused with who changed the case since, so two analysts never overwrite each other
/// and a repeated request never acts twice. The entry, its timeline event and the new version are one transaction; the
/// change is then audited and announced on the case's topic (the explorer and other open case files reload).
/// </summary>
public sealed class CaseFileEditor(
    IDbContextFactory<WorkbenchDbContext> dbFactory, CaseRecordLookup records, CaseAssignees assignees,
    IRealtimeNotifier notifier, IAuditLog audit, TimeProvider clock)
{
    public Task<CaseChange> AddNoteAsync(int caseId, string user, Guid expectedVersion, string text, CancellationToken ct = default)
    {
        new FieldCheck().Text("text", text, CaseFileLimits.Note, multiline: true).ThrowIfAny();
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return Task.FromResult(new CaseChange(CaseChangeOutcome.Invalid, expectedVersion));
        return ChangeAsync(caseId, user, expectedVersion, async (db, c, now) =>
        {
            if (await db.Set<CaseNote>().CountAsync(n => n.CaseId == caseId, ct) >= CaseFileLimits.EntriesPerKind) return Stop(CaseChangeOutcome.Full);
            var note = new CaseNote { CaseId = caseId, Text = trimmed, Author = user, CreatedUtc = now };
            db.Add(note);
            return new Step(CaseEventKind.NoteAdded, Excerpt(trimmed), null, "intel.case.note", () => new { caseId, noteId = note.Id, length = trimmed.Length });
        }, ct);
    }

    public async Task<CaseChange> AddTaskAsync(int caseId, string user, Guid expectedVersion, NewCaseTask task, CancellationToken ct = default)
    {
        new FieldCheck().Text("title", task.Title, FieldLimits.Title).Text("assignee", task.Assignee, FieldLimits.Name).ThrowIfAny();
        var title = task.Title?.Trim() ?? "";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // A due date is a working date: not years in the past (a typo), not beyond a decade.
        if (title.Length == 0 || task.DueDate is { } due && (due < today.AddYears(-1) || due > today.AddYears(10))
            || !await assignees.IsAssignableAsync(task.Assignee ?? "", ct))
            return new CaseChange(CaseChangeOutcome.Invalid, expectedVersion);
        return await ChangeAsync(caseId, user, expectedVersion, async (db, c, now) =>
        {
            if (await db.Set<CaseTask>().CountAsync(t => t.CaseId == caseId, ct) >= CaseFileLimits.EntriesPerKind) return Stop(CaseChangeOutcome.Full);
            var entry = new CaseTask { CaseId = caseId, Title = title, Assignee = task.Assignee!, DueDate = task.DueDate, CreatedBy = user, CreatedUtc = now };
            db.Add(entry);
            return new Step(CaseEventKind.TaskAdded, title, null, "intel.case.task.add",
                () => new { caseId, taskId = entry.Id, title, assignee = entry.Assignee, due = task.DueDate });
        }, ct);
    }

    /// <summary>Marks a task done or not done; asking for the state it already has changes nothing and succeeds.</summary>
    public Task<CaseChange> SetTaskDoneAsync(int caseId, long taskId, string user, Guid expectedVersion, bool done, CancellationToken ct = default) =>
        ChangeAsync(caseId, user, expectedVersion, async (db, c, now) =>
        {
            var task = await db.Set<CaseTask>().FirstOrDefaultAsync(t => t.Id == taskId && t.CaseId == caseId, ct);
            if (task is null) return Stop(CaseChangeOutcome.NotFound);
            if (task.Done == done) return Stop(CaseChangeOutcome.Unchanged);
            task.Done = done;
            task.DoneBy = done ? user : null;
            task.DoneUtc = done ? now : null;
            return new Step(done ? CaseEventKind.TaskDone : CaseEventKind.TaskReopened, task.Title, null,
                done ? "intel.case.task.done" : "intel.case.task.reopen", () => new { caseId, taskId, task.Title });
        }, ct, checkVersionFirst: false);

    public Task<CaseChange> AddObservableAsync(int caseId, string user, Guid expectedVersion, ObservableType type, string value, CancellationToken ct = default)
    {
        var check = Enum.IsDefined(type) ? ObservableRules.Check(type, value) : ObservableCheck.Refused(ObservableProblem.WrongFormat);
        if (!check.IsValid) return Task.FromResult(new CaseChange(CaseChangeOutcome.Invalid, expectedVersion, Problem: check.Problem));
        var normal = check.Value!;
        return ChangeAsync(caseId, user, expectedVersion, async (db, c, now) =>
        {
            if (await db.Set<CaseObservable>().AnyAsync(o => o.CaseId == caseId && o.Type == type && o.Value == normal, ct)) return Stop(CaseChangeOutcome.Duplicate);
            if (await db.Set<CaseObservable>().CountAsync(o => o.CaseId == caseId, ct) >= CaseFileLimits.EntriesPerKind) return Stop(CaseChangeOutcome.Full);
            var entry = new CaseObservable { CaseId = caseId, Type = type, Value = normal, AddedBy = user, AddedUtc = now };
            db.Add(entry);
            return new Step(CaseEventKind.ObservableAdded, normal, type.ToString(), "intel.case.observable",
                () => new { caseId, observableId = entry.Id, type = type.ToString(), value = normal });
        }, ct);
    }

    public async Task<CaseChange> LinkRecordAsync(int caseId, string user, Guid expectedVersion, CaseLinkType type, int recordId, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(type) || await records.FindAsync(type, recordId, ct) is not { } record) return new CaseChange(CaseChangeOutcome.Invalid, expectedVersion);
        return await ChangeAsync(caseId, user, expectedVersion, async (db, c, now) =>
        {
            if (await db.Set<CaseLink>().AnyAsync(l => l.CaseId == caseId && l.Type == type && l.RecordId == recordId, ct)) return Stop(CaseChangeOutcome.Duplicate);
            if (await db.Set<CaseLink>().CountAsync(l => l.CaseId == caseId, ct) >= CaseFileLimits.EntriesPerKind) return Stop(CaseChangeOutcome.Full);
            var entry = new CaseLink { CaseId = caseId, Type = type, RecordId = recordId, Reference = Bound(record.Reference, FieldLimits.Name), Detail = record.Detail is null ? null : Bound(record.Detail, FieldLimits.Kind), AddedBy = user, AddedUtc = now };
            db.Add(entry);
            return new Step(CaseEventKind.RecordLinked, Excerpt(record.Reference), type.ToString(), "intel.case.link",
                () => new { caseId, linkId = entry.Id, type = type.ToString(), recordId, reference = record.Reference });
        }, ct);
    }

    public Task<CaseChange> SetStatusAsync(int caseId, string user, Guid expectedVersion, CaseStatus status, CancellationToken ct = default) =>
        !Enum.IsDefined(status) ? Task.FromResult(new CaseChange(CaseChangeOutcome.Invalid, expectedVersion))
        : ChangeAsync(caseId, user, expectedVersion, (db, c, now) =>
        {
            if (c.Status == status) return Task.FromResult(Stop(CaseChangeOutcome.Unchanged));
            var from = c.Status;
            c.Status = status;
            return Task.FromResult<Result>(new Step(CaseEventKind.StatusChanged, status.ToString(), null, "intel.case.status",
                () => new { caseId, from = from.ToString(), to = status.ToString() }));
        }, ct);

    public Task<CaseChange> SetPriorityAsync(int caseId, string user, Guid expectedVersion, CasePriority priority, CancellationToken ct = default) =>
        !Enum.IsDefined(priority) ? Task.FromResult(new CaseChange(CaseChangeOutcome.Invalid, expectedVersion))
        : ChangeAsync(caseId, user, expectedVersion, (db, c, now) =>
        {
            if (c.Priority == priority) return Task.FromResult(Stop(CaseChangeOutcome.Unchanged));
            var from = c.Priority;
            c.Priority = priority;
            return Task.FromResult<Result>(new Step(CaseEventKind.PriorityChanged, priority.ToString(), null, "intel.case.priority",
                () => new { caseId, from = from.ToString(), to = priority.ToString() }));
        }, ct);

    /// <summary>What a change did: the timeline event and the audit entry (details read after saving, when ids are known).</summary>
    private abstract record Result;
    private sealed record Step(CaseEventKind Kind, string Subject, string? SubjectType, string AuditAction, Func<object> AuditDetails) : Result;
    private sealed record Stopped(CaseChangeOutcome Outcome) : Result;
    private static Result Stop(CaseChangeOutcome outcome) => new Stopped(outcome);

    /// <param name="checkVersionFirst">
    /// False for changes that are idempotent by state (a task already done stays done without a version check, so a repeated
    /// click succeeds); the version is still checked before anything is written.
    /// </param>
    private async Task<CaseChange> ChangeAsync(int caseId, string user, Guid expectedVersion,
        Func<WorkbenchDbContext, InvestigationCase, DateTime, Task<Result>> apply, CancellationToken ct, bool checkVersionFirst = true)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Set<InvestigationCase>().FirstOrDefaultAsync(x => x.Id == caseId && (x.Owner == user || x.Shared), ct);
        if (c is null) return new CaseChange(CaseChangeOutcome.NotFound, Guid.Empty);
        if (checkVersionFirst && c.Version != expectedVersion) return new CaseChange(CaseChangeOutcome.Conflict, c.Version, c.UpdatedBy);

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await apply(db, c, now);
        if (result is Stopped stopped) return new CaseChange(stopped.Outcome, c.Version);
        if (c.Version != expectedVersion) return new CaseChange(CaseChangeOutcome.Conflict, c.Version, c.UpdatedBy);
        var step = (Step)result;

        db.Add(new CaseEvent { CaseId = caseId, Kind = step.Kind, Actor = user, AtUtc = now, Subject = Excerpt(step.Subject), SubjectType = step.SubjectType });
        c.UpdatedBy = user;
        c.UpdatedUtc = now;
        c.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await CurrentConflictAsync(caseId, ct);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a duplicate added by someone else at the same moment.
            return new CaseChange(CaseChangeOutcome.Duplicate, expectedVersion);
        }
        await audit.RecordAsync(AuditRecord.Decision(user, step.AuditAction, InvestigationCaseService.EntityType, caseId.ToString(), step.AuditDetails()), ct);
        await notifier.PublishAsync(InvestigationCaseService.Topic(caseId), InvestigationCaseService.SavedEvent, new CaseSaved(caseId, c.Version, user), ct);
        return new CaseChange(CaseChangeOutcome.Changed, c.Version);
    }

    private async Task<CaseChange> CurrentConflictAsync(int caseId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await db.Set<InvestigationCase>().AsNoTracking().Where(x => x.Id == caseId).Select(x => new { x.Version, x.UpdatedBy }).FirstOrDefaultAsync(ct);
        return new CaseChange(CaseChangeOutcome.Conflict, current?.Version ?? Guid.Empty, current?.UpdatedBy);
    }

    private static string Excerpt(string text)
    {
        var oneLine = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return Bound(oneLine, CaseFileLimits.EventSubject);
    }

    private static string Bound(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
