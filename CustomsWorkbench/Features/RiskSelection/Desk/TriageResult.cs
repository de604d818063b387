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
}

/// <summary>What a triage action did. On failure <see cref="Problem"/> says why and <see cref="OtherUser"/> who holds the item.</summary>
public sealed record TriageResult(TriageProblem Problem, string? OtherUser = null, Guid? Version = null, string? SeizureCaseNumber = null)
{
    public bool Succeeded => Problem == TriageProblem.None;
    public static TriageResult Ok(Guid version) => new(TriageProblem.None, Version: version);
    public static TriageResult Fail(TriageProblem problem, string? otherUser = null) => new(problem, otherUser);
}

/// <summary>The inspection result an officer records: it closes the item and becomes a training label.</summary>
public sealed record InspectionResult(Model.InspectionOutcome Outcome, double? AdditionalRevenue = null, string? SeizedGoods = null);
