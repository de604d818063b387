namespace CustomsWorkbench.Features.XRay.Model;

/// <summary>
/// An officer confirmed a weapon or narcotics alarm on a scan: supervisors are told and the declaration or parcel is held.
/// One per scan (unique index); <see cref="ConsignmentHeld"/> records that the owner (RiskSelection for a declaration,
/// PersonalImports for a parcel) accepted the hold, so a failed
/// hold is retried the next time the escalation is raised.
/// </summary>
public class ScanEscalation
{
    public int Id { get; set; }
    public int ScanId { get; set; }
    /// <summary>The confirmed finding that raised it.</summary>
    public int FindingId { get; set; }
    public required string Class { get; set; }
    public ConsignmentKind ConsignmentKind { get; set; }
    public int ConsignmentId { get; set; }
    public required string ConsignmentReference { get; set; }
    public required string RaisedBy { get; set; }
    public DateTime RaisedAtUtc { get; set; }
    public bool ConsignmentHeld { get; set; }
    /// <summary>The supervisor who took it over; null while open.</summary>
    public string? AcknowledgedBy { get; set; }
    public DateTime? AcknowledgedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
