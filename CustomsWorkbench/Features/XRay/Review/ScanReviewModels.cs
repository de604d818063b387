using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>A queue row; <paramref name="TopClass"/> is the threat class of the most confident finding, <paramref name="ClaimedBy"/> who holds the scan.</summary>
public sealed record ScanQueueRow(int Id, string ConsignmentReference, ConsignmentKind ConsignmentKind, DateTime ScannedAtUtc, ScanStatus Status,
    double MaxConfidence, int Findings, int Annotations, double? ConsistencyScore, bool Reviewed, string? TopClass = null, string? ClaimedBy = null);

/// <summary>A detector finding with the officers' verdict ("confirmed", "dismissed" or null while open).</summary>
public sealed record FindingView(int Id, string Class, double Confidence, int X, int Y, int Width, int Height, string ModelVersion, string? Verdict,
    string? VerdictBy = null, string? DismissReason = null, Guid Version = default);

public sealed record AnnotationView(int Id, AnnotationKind Kind, int? FindingId, string Class, int X, int Y, int Width, int Height, string Officer, DateTime CreatedAtUtc);

public sealed record DeclaredGoods(string TariffCode, string Description, double Quantity, string Unit, double GrossWeightKg);

public sealed record ScanDetails(
    int Id, string ConsignmentReference, ConsignmentKind ConsignmentKind, int ConsignmentId, bool DualEnergy, int BitDepth, ScanView View,
    string Scanner, DateTime ScannedAtUtc, int Width, int Height, ScanStatus Status, string? GoodsCategory, string? DetectorVersion,
    double? ConsistencyScore, string? ConsistencyReason, string? HeatMapJson, DateTime? ReviewedAtUtc, string? ReviewedBy,
    IReadOnlyList<FindingView> Findings, IReadOnlyList<AnnotationView> Annotations, IReadOnlyList<DeclaredGoods> Goods,
    CustomsWorkbench.Features.XRay.Detection.ConsistencyReason? ConsistencyReasonParts = null,
    string? ClaimedBy = null, EscalationView? Escalation = null, double AlarmConfidence = ScanDetails.DefaultAlarmConfidence)
{
    public const double DefaultAlarmConfidence = 0.5;

    /// <summary>An AI alarm: a finding at or above the alarm confidence; each must be confirmed or dismissed before completion.</summary>
    public bool IsAlarm(FindingView f) => f.Confidence >= AlarmConfidence;
    public int OpenAlarms => Findings.Count(f => IsAlarm(f) && f.Verdict is null);
    public int Confirmed => Findings.Count(f => f.Verdict == "confirmed");
    public int Dismissed => Findings.Count(f => f.Verdict == "dismissed");
    public int Drawn => Annotations.Count(a => a.Kind == AnnotationKind.Drawn);
}

/// <summary>
/// What an officer says about a scan: confirm or dismiss a finding (optional reason for a dismissal; <paramref name="Version"/>
/// of the finding when deliberately changing a colleague's verdict), or a drawn box (class + pixels).
/// </summary>
public sealed record AnnotationRequest(AnnotationKind Kind, int? FindingId, string? Class, int X, int Y, int Width, int Height,
    string? Reason = null, Guid? Version = null);

/// <summary>
/// Conflict: another officer acted first, holds the scan (<paramref name="HeldBy"/>) or the review is closed (HTTP 409);
/// otherwise an Error is a bad request (422).
/// </summary>
public sealed record AnnotationOutcome(AnnotationView? Annotation, string? Error, bool Conflict = false, string? HeldBy = null)
{
    public bool Succeeded => Annotation is not null;
}

/// <summary>A completed review; <see cref="Training"/> tells the officer about a projected training threat, if the scan had one.</summary>
public sealed record ReviewCompletion(int ScanId, DateTime ReviewedAtUtc, CustomsWorkbench.Features.XRay.Tip.TipFeedback? Training, double? Seconds = null);

/// <summary>Completing a review: the completion, or why it was refused (Conflict: someone else completed it first).</summary>
public sealed record ReviewOutcome(ReviewCompletion? Completion, string? Error, bool Conflict = false, int OpenAlarms = 0, string? HeldBy = null)
{
    public bool Succeeded => Completion is not null;
}

/// <summary>An officer dismissing a finding from the panel, with the optional reason they typed.</summary>
public sealed record FindingDismissal(int FindingId, string? Reason);

/// <summary>Who holds a scan after a claim or take-over, or why not (Conflict: 409, naming <paramref name="HeldBy"/> when someone does).</summary>
public sealed record ScanClaimOutcome(string? Holder, string? Error, bool Conflict = false, string? HeldBy = null)
{
    public bool Succeeded => Holder is not null;
}
