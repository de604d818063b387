namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>Realtime topic of X-ray escalations: only supervisors may follow it (registered with Policies.Supervision).</summary>
public static class XRayEvents
{
    public const string EscalationTopic = "xray-escalations";
    /// <summary>Payload: <see cref="EscalationView"/>.</summary>
    public const string EscalationRaised = "escalation-raised";
    /// <summary>Payload: <see cref="EscalationView"/>.</summary>
    public const string EscalationAcknowledged = "escalation-acknowledged";
}
