using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>An escalation as supervisors and the review page see it.</summary>
public sealed record EscalationView(int Id, int ScanId, int FindingId, string Class, ConsignmentKind ConsignmentKind, int ConsignmentId,
    string ConsignmentReference, string RaisedBy, DateTime RaisedAtUtc, bool ConsignmentHeld, string? AcknowledgedBy, DateTime? AcknowledgedAtUtc, Guid Version)
{
    public static EscalationView Of(ScanEscalation e) => new(e.Id, e.ScanId, e.FindingId, e.Class, e.ConsignmentKind, e.ConsignmentId,
        e.ConsignmentReference, e.RaisedBy, e.RaisedAtUtc, e.ConsignmentHeld, e.AcknowledgedBy, e.AcknowledgedAtUtc, e.Version);
}

/// <summary>A supervisor taking over an escalation; <paramref name="Version"/> is the one they saw.</summary>
public sealed record EscalationAcknowledgement(Guid Version);

public sealed record EscalationOutcome(EscalationView? Escalation, string? Error, bool Conflict = false)
{
    public bool Succeeded => Escalation is not null;
}
