using CustomsWorkbench.Platform.Seizures;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

public enum TriageProblem
{
    None,
    NotInQueue,
    AlreadyClaimed,
    NotClaimedByYou,
    ChangedByOther,
    ReasonRequired,
    WrongState,
    OutcomeIncomplete,
    /// <summary>The undo window of the result has passed (or its effects are already written).</summary>
    UndoExpired,
    /// <summary>There is no result of yours to undo (already undone, or never recorded).</summary>
    NothingToUndo,
    /// <summary>The declaration is held (an X-ray escalation): it cannot be released.</summary>
    Held,
}

/// <summary>What a triage action did. On failure <see cref="Problem"/> says why and <see cref="OtherUser"/> who holds the item.</summary>
public sealed record TriageResult(TriageProblem Problem, string? OtherUser = null, Guid? Version = null, string? SeizureCaseNumber = null,
    DateTime? UndoableUntilUtc = null)
{
    public bool Succeeded => Problem == TriageProblem.None;
    public static TriageResult Ok(Guid version) => new(TriageProblem.None, Version: version);
    public static TriageResult Fail(TriageProblem problem, string? otherUser = null) => new(problem, otherUser);
}

/// <summary>
/// The inspection result an officer records: it closes the item and becomes a training label. A seizure also carries
/// its <see cref="Seizure"/> details and up to a few evidence <see cref="Photos"/>.
/// </summary>
public sealed record InspectionResult(Model.InspectionOutcome Outcome, double? AdditionalRevenue = null, string? SeizedGoods = null,
    SeizureDetails? Seizure = null, IReadOnlyList<SeizurePhotoUpload>? Photos = null);
