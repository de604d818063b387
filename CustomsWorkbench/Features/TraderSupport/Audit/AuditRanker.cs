using System.Globalization;

namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>
/// Ranks companies by expected additional revenue: the weighted signal estimates, scaled up by network risk, halved for a
/// company audited clean before and raised by what an earlier audit with irregularities assessed (audit results as labels).
/// </summary>
public static class AuditRanker
{
    public static IReadOnlyList<AuditCandidate> Rank(AuditWorld world, IReadOnlyList<CompanySignals> signals, AuditWeights w)
    {
        var maxRisk = signals.Count == 0 ? 0 : signals.Max(s => s.NetworkRisk);
        return signals.Select(s => Candidate(world, s, w, maxRisk <= 0 ? 0 : s.NetworkRisk / maxRisk))
            .OrderByDescending(c => c.ExpectedRevenue).ThenBy(c => c.ImporterId).ToList();
    }

    public static double Score(CompanySignals s, AuditWeights w, double relativeNetworkRisk) =>
        (w.History * s.HistoryRevenue + w.Undervaluation * s.Undervaluation + w.Misclassification * s.Misclassification
            + w.FtaOrigin * s.FtaOrigin + (s.LastAudit == AuditOutcome.Irregularities ? (s.LastAssessed ?? 0) : 0))
        * (1 + w.Network * relativeNetworkRisk)
        * (s.LastAudit == AuditOutcome.Compliant ? 0.5 : 1);

    private static AuditCandidate Candidate(AuditWorld world, CompanySignals s, AuditWeights w, double relativeRisk)
    {
        var importer = world.Importers.GetValueOrDefault(s.ImporterId) ?? new AuditImporter(s.ImporterId, s.ImporterId.ToString(CultureInfo.InvariantCulture), "?");
        var reasons = new List<AuditReason>();
        if (s.Undervaluation > 0 && w.Undervaluation > 0)
            reasons.Add(new("undervaluation", w.Undervaluation * s.Undervaluation,
                $"{s.UndervaluedLines} line(s) priced under {CompanySignalBuilder.UndervaluedBelow:P0} of peers' unit value for the same tariff line",
                $"{s.UndervaluedLines}개 품목의 단가가 같은 세번 동종업체 중앙값의 {CompanySignalBuilder.UndervaluedBelow:P0} 미만"));
        if (s.Misclassification > 0 && w.Misclassification > 0)
            reasons.Add(new("misclassification", w.Misclassification * s.Misclassification,
                $"{s.OddWeightLines} line(s) weigh unlike their declared code's goods (factor {CompanySignalBuilder.OddWeightFactor} or more): possibly a lower-duty code",
                $"{s.OddWeightLines}개 품목의 단위중량이 신고 세번의 물품과 다름({CompanySignalBuilder.OddWeightFactor}배 이상): 저세율 세번 신고 가능성"));
        if (s.FtaOrigin > 0 && w.FtaOrigin > 0)
            reasons.Add(new("fta-origin", w.FtaOrigin * s.FtaOrigin,
                $"{s.FtaClaimsLoadedElsewhere} FTA claim(s) for goods loaded in a country other than the declared origin",
                $"{s.FtaClaimsLoadedElsewhere}건의 FTA 특혜 신청 물품이 원산지가 아닌 국가에서 선적됨"));
        if (s.HistoryRevenue > 0 && w.History > 0)
            reasons.Add(new("history", w.History * s.HistoryRevenue,
                $"{s.Hits} of {s.Inspected} inspection(s) found irregularities (smoothed hit rate {s.HitRate:P1})",
                $"검사 {s.Inspected}건 중 {s.Hits}건 적발(보정 적발률 {s.HitRate:P1})"));
        if (s.LastAudit == AuditOutcome.Irregularities)
            reasons.Add(new("prior-audit", s.LastAssessed ?? 0, "An earlier audit found irregularities", "이전 기업심사에서 위반 확인"));
        if (s.LastAudit == AuditOutcome.Compliant)
            reasons.Add(new("prior-audit", 0, "Audited before and found compliant: weight halved", "이전 기업심사 결과 적정: 가중치 절반"));
        if (relativeRisk > 0 && w.Network > 0)
            reasons.Add(new("network", 0, $"Network risk {s.NetworkRisk:0.###} ({relativeRisk:P0} of the highest) raises the estimate by {w.Network * relativeRisk:P0}",
                $"네트워크 위험 {s.NetworkRisk:0.###}(최고치의 {relativeRisk:P0})로 추정액 {w.Network * relativeRisk:P0} 가산"));
        return new AuditCandidate(s.ImporterId, importer.Code, importer.Name, s.Declarations, Score(s, w, relativeRisk), s.NetworkRisk, s.HitRate,
            reasons.OrderByDescending(r => r.Revenue).ToList());
    }
}
