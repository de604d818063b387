using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Cases;

public sealed record CaseHeaderView(int Id, string Title, CaseStatus Status, CasePriority Priority, string Owner, DateTime OpenedUtc,
    DateTime UpdatedUtc, string UpdatedBy, bool Shared, Guid Version, string Summary);

public sealed record CaseNoteView(long Id, string Text, string Author, DateTime CreatedUtc);

public sealed record CaseTaskView(long Id, string Title, string Assignee, DateOnly? DueDate, bool Done, string? DoneBy, DateTime? DoneUtc,
    string CreatedBy, DateTime CreatedUtc)
{
    public bool IsOverdue(DateOnly today) => !Done && DueDate is { } due && due < today;
}

public sealed record CaseObservableView(long Id, ObservableType Type, string Value, string AddedBy, DateTime AddedUtc);

/// <summary>A linked record with the address that opens it (null when it has no page of its own).</summary>
public sealed record CaseLinkView(long Id, CaseLinkType Type, int RecordId, string Reference, string? Detail, string? Href, string AddedBy, DateTime AddedUtc);

public sealed record CaseEventView(CaseEventKind Kind, string Actor, DateTime AtUtc, string Subject, string? SubjectType);

/// <summary>Everything the case file page shows, read in one go; <see cref="Timeline"/> is newest first.</summary>
public sealed record CaseFileView(
    CaseHeaderView Header,
    IReadOnlyList<CaseNoteView> Notes,
    IReadOnlyList<CaseTaskView> Tasks,
    IReadOnlyList<CaseObservableView> Observables,
    IReadOnlyList<CaseLinkView> Links,
    IReadOnlyList<NodeHit> CanvasEntities,
    IReadOnlyList<CaseEventView> Timeline);

/// <summary>A declaration, seizure or graph entity found by its number or name, ready to be linked.</summary>
public sealed record CaseRecordHit(CaseLinkType Type, int RecordId, string Reference, string? Detail);

/// <summary>A user a case task can be given to (analysts and supervisors).</summary>
public sealed record CaseAssignee(string UserName, string DisplayName);

public enum CaseChangeOutcome { Changed, Unchanged, NotFound, Conflict, Duplicate, Invalid, Full }

/// <summary>
/// The answer to one change of a case file: the case's version after it and, on a conflict, who changed the case since
/// the editor loaded it; on an invalid observable, why it was refused.
/// </summary>
public sealed record CaseChange(CaseChangeOutcome Outcome, Guid Version, string? ChangedBy = null, ObservableProblem? Problem = null)
{
    public bool Succeeded => Outcome is CaseChangeOutcome.Changed or CaseChangeOutcome.Unchanged;
}

public sealed record NewCaseTask(string Title, string Assignee, DateOnly? DueDate);
