using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.RiskSelection;

/// <summary>Starts retraining of the risk models as a background job (progress on the "jobs" topic); the new version lands as a candidate.</summary>
public interface IRiskModelTraining
{
    JobState StartRetraining(string requestedBy);
}

/// <summary>Scores declarations and (re)writes their current assessment and queue row; used on arrival and after promotion.</summary>
public interface IRiskScoringService
{
    Task ScoreAsync(IReadOnlyList<int> declarationIds, CancellationToken ct = default);

    /// <summary>New inspection results on these declarations: the hit-rate history learns them at once, not at the next rebuild.</summary>
    Task ObserveOutcomesAsync(IReadOnlyList<int> declarationIds, CancellationToken ct = default);
}

/// <summary>Realtime topics and event names of the risk queue (payloads are small records with the declaration id).</summary>
public static class RiskEvents
{
    public const string QueueTopic = "risk-queue";
    /// <summary>Payload: int[] of declaration ids newly scored.</summary>
    public const string Scored = "scored";
    /// <summary>Payload: QueueItemChanged.</summary>
    public const string ItemChanged = "item-changed";
    /// <summary>Payload: int office id whose daily capacity a supervisor changed.</summary>
    public const string CapacityChanged = "capacity-changed";
}

public sealed record QueueItemChanged(int DeclarationId, string Status, string? ClaimedBy);

/// <summary>A declaration's latest risk assessment, for other features (the assistant's risk view); null when never scored.</summary>
public interface IRiskAssessmentReader
{
    Task<RiskAssessmentSummary?> LatestAsync(int declarationId, CancellationToken ct = default);
}

public sealed record RiskAssessmentSummary(string Channel, double Score, double ProbabilityIllicit, string ModelVersion, string Reason,
    Model.RiskExplanation? Explanation);

/// <summary>Why another feature held a declaration (shown in words on the dossier).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<HoldReason>))]
public enum HoldReason { XRayWeapon, XRayNarcotics }

/// <summary>
/// A request to hold a declaration: <paramref name="SourceReference"/> names what asked (e.g. "xray-scan:42"); the same
/// declaration and source hold once, so asking again is harmless.
/// </summary>
public sealed record DeclarationHoldRequest(int DeclarationId, HoldReason Reason, string SourceReference, string RequestedBy);

public sealed record DeclarationHoldView(int DeclarationId, HoldReason Reason, string SourceReference, string HeldBy, DateTime HeldAtUtc);

/// <summary><paramref name="Created"/> is false when the hold already existed (idempotent); Error when refused.</summary>
public sealed record DeclarationHoldOutcome(DeclarationHoldView? Hold, bool Created, string? Error)
{
    public bool Succeeded => Hold is not null;
}

/// <summary>Holds on declarations placed by other features (X-ray escalations), audited and idempotent.</summary>
public interface IDeclarationHolds
{
    Task<DeclarationHoldOutcome> HoldAsync(DeclarationHoldRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<DeclarationHoldView>> HoldsAsync(int declarationId, CancellationToken ct = default);
}
/// <summary>
/// The risk desk at a glance, for the home page: a person's claimed declarations, an office's open work of today, the
/// decisions waiting for a supervisor's review and every office's capacity use. Each figure comes with the link to the
/// queue view that lists it.
/// </summary>
public interface IRiskDeskOverview
{
    /// <summary>Declarations this person holds (claimed, not yet decided), newest claim first, at most <paramref name="take"/> (1–50).</summary>
    Task<IReadOnlyList<ClaimedDeclaration>> ClaimedByAsync(string userName, int take = 10, CancellationToken ct = default);

    /// <summary>Today's open work of the office with this code (every office for null or an unknown code).</summary>
    Task<RiskShiftCounts> ShiftCountsAsync(string? officeCode, CancellationToken ct = default);

    /// <summary>Decisions waiting for a supervisor's sign-off: how many, and the newest few (at most <paramref name="take"/>, 1–20).</summary>
    Task<ReviewsWaiting> ReviewsWaitingAsync(int take = 5, CancellationToken ct = default);

    /// <summary>Each office's red and yellow capacity today and how much is used, busiest first.</summary>
    Task<IReadOnlyList<OfficeLoad>> OfficeLoadAsync(CancellationToken ct = default);
}

/// <summary>One claimed declaration; <paramref name="Channel"/> is "Red", "Yellow" or "Green" (the recommendation).</summary>
public sealed record ClaimedDeclaration(int DeclarationId, string Number, DateOnly Date, string Channel, double Score, DateTime? ClaimedAtUtc, string Href);

/// <summary>
/// An office's open (unclaimed or claimed, undecided) declarations of today: red and yellow recommendations, those nobody
/// holds yet, and those past the service target. Each with the queue address that lists them.
/// </summary>
public sealed record RiskShiftCounts(int? OfficeId, string? OfficeEn, string? OfficeKo, int Red, int Yellow, int Unclaimed, int Overdue, int OverdueAfterMinutes,
    string RedHref, string YellowHref, string UnclaimedHref, string OverdueHref);

public sealed record ReviewsWaiting(int Count, IReadOnlyList<ReviewWaiting> Newest, string Href);

public sealed record ReviewWaiting(int DeclarationId, string Number, string DecidedBy, DateTime? DecidedAtUtc, string Href);

public sealed record OfficeLoad(int OfficeId, string OfficeCode, string NameEn, string NameKo, int RedPerDay, int RedUsed,
    int YellowPerDay, int YellowUsed, int DeclarationsToday);
