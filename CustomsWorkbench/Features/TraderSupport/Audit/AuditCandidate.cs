namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>One reason a company ranks where it does: which signal, its estimated additional revenue (KRW) and the evidence in words.</summary>
public sealed record AuditReason(string Signal, double Revenue, string EvidenceEn, string EvidenceKo)
{
    public string Evidence(bool korean) => korean ? EvidenceKo : EvidenceEn;
}

/// <summary>A company ranked for post-clearance audit: expected additional revenue over the window and the reasons, largest first.</summary>
public sealed record AuditCandidate(int ImporterId, string ImporterCode, string ImporterName, int Declarations, double ExpectedRevenue,
    double NetworkRisk, double PastHitRate, IReadOnlyList<AuditReason> Reasons);
