using CustomsWorkbench.Features.TraderSupport.Audit;

namespace CustomsWorkbench.Features.TraderSupport.Profiles;

/// <summary>A reason in both languages, with the points it added (negative for good conduct).</summary>
public sealed record GradeReason(int Points, string En, string Ko)
{
    public string Text(bool korean) => korean ? Ko : En;
}

/// <summary>A–E (A: nothing adverse; E: many adverse signals) and the reasons in words.</summary>
public sealed record ComplianceGrade(char Grade, int Points, IReadOnlyList<GradeReason> Reasons);

/// <summary>
/// Grades a company's last 12 months from the same signals the audit ranking uses, plus seizures. Points, not a model:
/// an officer must be able to read why a company is a D.
/// </summary>
public static class ComplianceGrader
{
    public static ComplianceGrade Grade(CompanySignals s, double overallHitRate, int seizures, double networkPercentile)
    {
        var reasons = new List<GradeReason>();
        if (s.Hits > 0 && s.HitRate >= 2 * overallHitRate)
            reasons.Add(new(2, $"Inspections found irregularities {s.Hits} of {s.Inspected} times: hit rate {s.HitRate:P0}, at least twice the overall {overallHitRate:P0}",
                $"검사 {s.Inspected}건 중 {s.Hits}건 적발: 적발률 {s.HitRate:P0}로 전체({overallHitRate:P0})의 2배 이상"));
        else if (s.Hits > 0 && s.HitRate >= 1.3 * overallHitRate)
            reasons.Add(new(1, $"Hit rate {s.HitRate:P0} above the overall {overallHitRate:P0}", $"적발률 {s.HitRate:P0}로 전체({overallHitRate:P0})보다 높음"));
        if (seizures > 0)
            reasons.Add(new(seizures >= 3 ? 2 : 1, $"{seizures} seizure(s) linked to the company", $"업체 관련 압수 {seizures}건"));
        var lines = Math.Max(1, s.Declarations);
        if (s.UndervaluedLines > 0 && (double)s.UndervaluedLines / lines >= 0.1)
            reasons.Add(new(1, $"{s.UndervaluedLines} line(s) priced well under peers", $"{s.UndervaluedLines}개 품목이 동종 대비 저가 신고"));
        if (s.FtaClaimsLoadedElsewhere > 0)
            reasons.Add(new(1, $"{s.FtaClaimsLoadedElsewhere} FTA claim(s) for goods loaded outside the declared origin", $"원산지 외 국가 선적 물품의 FTA 특혜 신청 {s.FtaClaimsLoadedElsewhere}건"));
        if (networkPercentile >= 0.9 && s.NetworkRisk > 0)
            reasons.Add(new(1, $"Network risk in the top {1 - networkPercentile:P0} of companies", $"네트워크 위험이 상위 {1 - networkPercentile:P0}"));
        if (s.LastAudit == AuditOutcome.Irregularities)
            reasons.Add(new(2, "The last post-clearance audit found irregularities", "최근 기업심사에서 위반 확인"));
        if (s.LastAudit == AuditOutcome.Compliant)
            reasons.Add(new(-1, "The last post-clearance audit found the company compliant", "최근 기업심사 결과 적정"));
        var points = Math.Max(0, reasons.Sum(r => r.Points));
        if (reasons.Count == 0)
            reasons.Add(new(0, "No adverse signal in the last 12 months", "최근 12개월간 위험 신호 없음"));
        var grade = points switch { 0 => 'A', 1 => 'B', 2 => 'C', <= 4 => 'D', _ => 'E' };
        return new ComplianceGrade(grade, points, reasons);
    }
}
