using CustomsWorkbench.Features.TraderSupport.Audit;
using CustomsWorkbench.Features.TraderSupport.Profiles;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

public class ComplianceGraderTests
{
    private static CompanySignals Clean => new(1, 40, 4, 0, 0.05, 0, 0, 0, 0, 0, 0, 0, 0, null, null);

    [Fact]
    public void A_company_with_no_adverse_signal_is_an_A_and_says_so()
    {
        var grade = ComplianceGrader.Grade(Clean, 0.1, 0, 0.2);
        Assert.Equal('A', grade.Grade);
        Assert.Equal("No adverse signal in the last 12 months", Assert.Single(grade.Reasons).En);
    }

    [Fact]
    public void Each_adverse_signal_adds_points_with_a_reason_in_words()
    {
        var s = Clean with { Hits = 3, Inspected = 5, HitRate = 0.4, UndervaluedLines = 10, FtaClaimsLoadedElsewhere = 2, NetworkRisk = 0.3 };

        var grade = ComplianceGrader.Grade(s, 0.1, seizures: 1, networkPercentile: 0.95);

        Assert.Equal('E', grade.Grade); // 2 (hit rate) + 1 (seizure) + 1 (undervaluation) + 1 (FTA) + 1 (network) = 6
        Assert.Equal(6, grade.Points);
        Assert.Contains(grade.Reasons, r => r.En.Contains("3 of 5") && r.Ko.Contains("5건 중 3건"));
        Assert.Contains(grade.Reasons, r => r.En.Contains("1 seizure"));
        Assert.Contains(grade.Reasons, r => r.En.Contains("2 FTA claim"));
    }

    [Fact]
    public void A_clean_audit_earns_a_point_back_and_irregularities_cost_two()
    {
        var flagged = Clean with { Hits = 1, Inspected = 4, HitRate = 0.14 };
        Assert.Equal('B', ComplianceGrader.Grade(flagged, 0.1, 0, 0).Grade);
        Assert.Equal('A', ComplianceGrader.Grade(flagged with { LastAudit = AuditOutcome.Compliant }, 0.1, 0, 0).Grade);
        Assert.Equal('D', ComplianceGrader.Grade(flagged with { LastAudit = AuditOutcome.Irregularities }, 0.1, 0, 0).Grade);
    }
}
