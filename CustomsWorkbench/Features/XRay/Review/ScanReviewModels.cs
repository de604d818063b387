using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Review;

public sealed record ScanQueueRow(int Id, string ConsignmentReference, ConsignmentKind ConsignmentKind, DateTime ScannedAtUtc, ScanStatus Status,
    double MaxConfidence, int Findings, int Annotations, double? ConsistencyScore, bool Reviewed);

public sealed record FindingView(int Id, string Class, double Confidence, int X, int Y, int Width, int Height, string ModelVersion, string? Verdict);

public sealed record AnnotationView(int Id, AnnotationKind Kind, int? FindingId, string Class, int X, int Y, int Width, int Height, string Officer, DateTime CreatedAtUtc);

public sealed record DeclaredGoods(string TariffCode, string Description, double Quantity, string Unit, double GrossWeightKg);

public sealed record ScanDetails(
    int Id, string ConsignmentReference, ConsignmentKind ConsignmentKind, int ConsignmentId, bool DualEnergy, int BitDepth, ScanView View,
    string Scanner, DateTime ScannedAtUtc, int Width, int Height, ScanStatus Status, string? GoodsCategory, string? DetectorVersion,
    double? ConsistencyScore, string? ConsistencyReason, string? HeatMapJson, DateTime? ReviewedAtUtc, string? ReviewedBy,
    IReadOnlyList<FindingView> Findings, IReadOnlyList<AnnotationView> Annotations, IReadOnlyList<DeclaredGoods> Goods,
    CustomsWorkbench.Features.XRay.Detection.ConsistencyReason? ConsistencyReasonParts = null)
{
    public int Confirmed => Findings.Count(f => f.Verdict == "confirmed");
    public int Dismissed => Findings.Count(f => f.Verdict == "dismissed");
    public int Drawn => Annotations.Count(a => a.Kind == AnnotationKind.Drawn);
}

/// <summary>What an officer says about a scan: confirm or dismiss a finding, or a drawn box (class + pixels).</summary>
public sealed record AnnotationRequest(AnnotationKind Kind, int? FindingId, string? Class, int X, int Y, int Width, int Height);

public sealed record AnnotationOutcome(AnnotationView? Annotation, string? Error)
{
    public bool Succeeded => Annotation is not null;
}

/// <summary>A completed review; <see cref="Training"/> tells the officer about a projected training threat, if the scan had one.</summary>
public sealed record ReviewCompletion(int ScanId, DateTime ReviewedAtUtc, CustomsWorkbench.Features.XRay.Tip.TipFeedback? Training, double? Seconds = null);
