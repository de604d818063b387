namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>
/// One company's evidence over a window, each signal as an estimate of the additional revenue (KRW) an audit would assess.
/// <see cref="HitRate"/> is smoothed towards the overall rate so two inspections do not make a company 100 % risky.
/// </summary>
public sealed record CompanySignals(int ImporterId, int Declarations, int Inspected, int Hits, double HitRate,
    double HistoryRevenue, double Undervaluation, int UndervaluedLines, double Misclassification, int OddWeightLines,
    double FtaOrigin, int FtaClaimsLoadedElsewhere, double NetworkRisk, AuditOutcome? LastAudit, double? LastAssessed);
