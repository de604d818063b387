using CustomsWorkbench.Features.TraderSupport.Audit;
using CustomsWorkbench.Features.TraderSupport.Notices;
using CustomsWorkbench.Features.TraderSupport.Preferences;

namespace CustomsWorkbench.Features.TraderSupport.Profiles;

public sealed record MonthCompliance(string Month, int Declarations, int Inspected, int Hits, double RevenueAdjustments, int Seizures)
{
    public double HitRate => Inspected == 0 ? 0 : (double)Hits / Inspected;
}

/// <summary>Everything /traders/{id} shows about one company.</summary>
public sealed record TraderProfile(int Id, string Code, string Name, string? BusinessNumber, string? Address, DateOnly? EstablishedOn,
    IReadOnlyList<MonthCompliance> Months, CompanySignals? Signals, ComplianceGrade Grade, double NetworkRisk, double NetworkPercentile,
    int? AuditRank, int RankedCompanies, double? ExpectedAuditRevenue, IReadOnlyList<AuditReason> AuditReasons,
    IReadOnlyList<MissedPreference> MissedPreferences, IReadOnlyList<NoticeView> Notices, IReadOnlyList<AuditHistoryItem> Audits);
