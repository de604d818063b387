namespace CustomsWorkbench.Features.XRay.Model;

/// <summary>A box the detector drew on a scan, in image pixels.</summary>
public class ScanFinding
{
    public const int MaxReasonLength = 500;

    public int Id { get; set; }
    public int ScanId { get; set; }
    public Scan? Scan { get; set; }
    /// <summary>One of <see cref="ThreatClasses"/>.</summary>
    public required string Class { get; set; }
    public double Confidence { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required string ModelVersion { get; set; }

    /// <summary>The officers' current word on this finding (Confirm or Dismiss); null while open. History is in ScanAnnotations.</summary>
    public AnnotationKind? Verdict { get; set; }
    public string? VerdictBy { get; set; }
    public DateTime? VerdictAtUtc { get; set; }
    /// <summary>Why a finding was dismissed, when the officer said.</summary>
    public string? DismissReason { get; set; }
    /// <summary>Optimistic concurrency token: two officers cannot both set a verdict unseen by the other.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
