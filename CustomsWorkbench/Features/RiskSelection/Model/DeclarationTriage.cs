namespace CustomsWorkbench.Features.RiskSelection.Model;

public enum TriageStatus { Open, Claimed, Decided, Closed }

public enum InspectionOutcome { NothingFound, RevenueAdjustment, Seizure }

public enum ReviewStatus { None, Pending, SignedOff, Returned }

/// <summary>
/// The queue row of a declaration: the current recommendation (denormalised for an indexed queue at a million rows),
/// who holds it, what the officer decided and found, and the supervisor's review. <see cref="Version"/> is the
/// optimistic concurrency token: two officers cannot both claim or decide the same item.
/// </summary>
public class DeclarationTriage
{
    public int DeclarationId { get; set; }
    public DateOnly Date { get; set; }
    public int OfficeId { get; set; }
    public int ImporterId { get; set; }
    public required string MainTariffCode { get; set; }
    public double Score { get; set; }
    public Channel RecommendedChannel { get; set; }
    public SelectionReason Reason { get; set; }
    public required string ModelVersion { get; set; }

    /// <summary>When the row entered the queue (the service-time clock starts here); null for history processed before the workbench.</summary>
    public DateTime? ArrivedAtUtc { get; set; }

    public TriageStatus Status { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedAtUtc { get; set; }

    public Channel? DecidedChannel { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    /// <summary>Required when the decision differs from the recommendation.</summary>
    public string? OverrideReason { get; set; }
    /// <summary>The recommendation the officer saw when deciding: later re-scoring changes <see cref="RecommendedChannel"/>, not this.</summary>
    public Channel? RecommendedAtDecision { get; set; }
    /// <summary>The model version behind <see cref="RecommendedAtDecision"/>.</summary>
    public string? ModelVersionAtDecision { get; set; }

    public InspectionOutcome? Outcome { get; set; }
    public double? OutcomeRevenue { get; set; }
    public string? SeizedGoods { get; set; }
    /// <summary>A seizure's details as the officer recorded them (codes of Platform.Seizures.SeizureVocabulary).</summary>
    public string? SeizureCategory { get; set; }
    public decimal? SeizureQuantity { get; set; }
    public string? SeizureUnit { get; set; }
    public string? SeizureConcealment { get; set; }
    public string? SeizureConcealmentNote { get; set; }
    public string? SeizureFoundIn { get; set; }
    public string? SeizureFoundInNote { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>
    /// Until when the officer may undo the result. The result's effects (the training label, the seizure case, the
    /// engine's hit rates) are applied only after it, so nothing ever acts on a result that was undone.
    /// </summary>
    public DateTime? UndoableUntilUtc { get; set; }
    /// <summary>When the result's effects were written; null while it can still be undone.</summary>
    public DateTime? OutcomeAppliedAtUtc { get; set; }
    /// <summary>The seizure case opened when a seizure result became final.</summary>
    public string? SeizureCaseNumber { get; set; }

    public ReviewStatus Review { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewNote { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
