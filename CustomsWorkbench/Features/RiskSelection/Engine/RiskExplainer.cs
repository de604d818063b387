using System.Globalization;
using CustomsWorkbench.Features.RiskSelection.Model;
using F = CustomsWorkbench.Features.RiskSelection.Engine.RiskFeatures;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// Turns a score's feature contributions (log-odds pushes from the tree ensemble), rule hits and the exploration flag
/// into the plain-language explanation officers read, in English and Korean.
/// </summary>
public static class RiskExplainer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static RiskExplanation Explain(ReadOnlySpan<float> features, ReadOnlySpan<float> contributions, int top,
        IReadOnlyList<RuleHit> ruleHits, bool randomSelection, double probability, double expectedRevenue, bool modelAvailable)
    {
        var list = new List<FeatureContribution>();
        if (modelAvailable)
        {
            var order = new int[F.Count];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            var magnitudes = new float[F.Count];
            for (var i = 0; i < magnitudes.Length; i++) magnitudes[i] = -Math.Abs(contributions[i]);
            Array.Sort(magnitudes, order);
            foreach (var feature in order)
            {
                if (list.Count >= top || Math.Abs(contributions[feature]) < 1e-4) break;
                var (en, ko) = Label(feature, features[feature]);
                // JSON has no NaN: a missing value (no peers, unknown founding date) is stored as 0 and the label says so.
                var value = float.IsFinite(features[feature]) ? Math.Round(features[feature], 4) : 0;
                list.Add(new FeatureContribution(F.Names[feature], en, ko, value, Math.Round(contributions[feature], 4)));
            }
        }
        var (summaryEn, summaryKo) = Summary(list, ruleHits, randomSelection, probability, expectedRevenue, modelAvailable);
        return new RiskExplanation(list, ruleHits, randomSelection, summaryEn, summaryKo);
    }

    private static (string En, string Ko) Summary(List<FeatureContribution> top, IReadOnlyList<RuleHit> hits, bool random,
        double probability, double expectedRevenue, bool modelAvailable)
    {
        var en = new List<string>();
        var ko = new List<string>();
        if (random)
        {
            en.Add("Random selection (exploration sample)");
            ko.Add("무작위 선별 (탐색 표본)");
        }
        foreach (var hit in hits)
        {
            en.Add($"Rule \"{hit.Name}\": {hit.Reason}");
            ko.Add($"선별 기준 \"{hit.Name}\": {hit.Reason}");
        }
        if (modelAvailable)
        {
            var revenue = expectedRevenue.ToString("N0", Invariant);
            var percent = (probability * 100).ToString("0", Invariant);
            en.Add($"Illicit probability {percent}%, expected additional revenue ₩{revenue}");
            ko.Add($"위법 확률 {percent}%, 예상 추가 세수 {revenue}원");
            var raising = top.Where(c => c.Contribution > 0).Take(3).ToList();
            if (raising.Count > 0)
            {
                en.Add("Raised by: " + string.Join("; ", raising.Select(c => c.LabelEn)));
                ko.Add("위험 상승 요인: " + string.Join("; ", raising.Select(c => c.LabelKo)));
            }
        }
        else if (hits.Count == 0 && !random)
        {
            en.Add("No model yet and no rule hit");
            ko.Add("모델 없음, 해당 선별 기준 없음");
        }
        return (string.Join(". ", en) + ".", string.Join(". ", ko) + ".");
    }

    /// <summary>The feature's value in words (the chart shows the push's direction and size next to it).</summary>
    public static (string En, string Ko) Label(int feature, float value)
    {
        switch (feature)
        {
            case F.UnitValueRatio: return Ratio(value, "Declared unit value", "신고 단가");
            case F.KgValueRatio: return Ratio(value, "Declared value per kg", "kg당 신고가격");
            case F.KgPerUnitRatio: return Ratio(value, "Weight per unit", "단위당 중량");
            case F.PeerLevel:
                return value switch
                {
                    0 => ("Compared with same code and origin", "동일 세번·원산지와 비교"),
                    1 => ("Few peers of this origin: compared with the tariff code", "동일 원산지 사례 부족: 세번 기준 비교"),
                    2 => ("Few peers: compared with the tariff chapter", "비교 사례 부족: 류(2단위) 기준 비교"),
                    _ => ("No comparable earlier imports", "비교 가능한 과거 수입 없음"),
                };
            case F.DutyRate: return ($"Duty rate {Pct(value)}", $"관세율 {Pct(value)}");
            case F.FtaMargin: return ($"FTA preference worth {Pct(value)} of value", $"FTA 특혜 세율차 {Pct(value)}");
            case F.FtaClaimed: return value > 0 ? ("FTA preference claimed", "FTA 협정관세 적용 신청") : ("No FTA preference claimed", "FTA 협정관세 미신청");
            case F.OriginFtaPartner: return value > 0 ? ("Origin is an FTA partner", "원산지가 FTA 체결국") : ("Origin is not an FTA partner", "원산지가 FTA 비체결국");
            case F.LoadedElsewhere:
                return value > 0 ? ("Loaded in a country other than the declared origin", "신고 원산지가 아닌 국가에서 선적")
                    : ("Loaded in the declared origin country", "신고 원산지 국가에서 선적");
            case F.ImporterHitRate: return HitRate(value, "Importer", "수입자");
            case F.ImporterInspections:
                var inspections = Math.Round(Math.Exp(value) - 1);
                return ($"Importer inspected {inspections:0} times before", $"수입자 과거 검사 {inspections:0}회");
            case F.DeclarantHitRate: return HitRate(value, "Broker", "관세사");
            case F.TariffHitRate: return HitRate(value, "Tariff code", "세번");
            case F.OriginHitRate: return HitRate(value, "Origin", "원산지");
            case F.OfficeHitRate: return HitRate(value, "Office", "세관");
            case F.RouteHitRate: return HitRate(value, "Route", "운송 경로");
            case F.ImporterAgeDays:
                return float.IsNaN(value) ? ("Importer's founding date unknown", "수입자 설립일 미상")
                    : ($"Importer established {value:0} days before", $"설립 {value:0}일 된 수입자");
            case F.ImporterVolume90: return ($"Importer filed {value:0} declarations in the previous 90 days", $"수입자 최근 90일 신고 {value:0}건");
            case F.Month: return ($"Declared in month {value:0}", $"{value:0}월 신고");
            case F.Weekday:
                var day = (DayOfWeek)(int)value;
                return ($"Declared on a {day}", $"{CultureInfo.GetCultureInfo("ko-KR").DateTimeFormat.GetDayName(day)} 신고");
            case F.LogCif:
                var cif = Math.Exp(value).ToString("N0", Invariant);
                return ($"Customs value ₩{cif}", $"과세가격 {cif}원");
            case F.ImporterNetworkRisk: return NetworkRisk(value, "Importer", "수입자");
            case F.SupplierNetworkRisk: return NetworkRisk(value, "Supplier", "공급자");
            case F.Misclassification:
                return value <= 0 ? ("Description matches the declared code or a lower-duty one", "설명이 신고 세번 또는 저세율 세번과 일치")
                    : ($"Description reads as a higher-duty code ({Pct(value)} confidence)", $"설명상 고세율 세번으로 분류될 가능성 (신뢰도 {Pct(value)})");
            default:
                var mode = ((CustomsWorkbench.Platform.Data.Entities.TransportMode)(int)value).ToString();
                return ($"Transport by {mode.ToLowerInvariant()}", $"운송 수단 {mode}");
        }
    }

    private static (string, string) Ratio(float logRatio, string en, string ko)
    {
        if (float.IsNaN(logRatio)) return ($"{en}: no peers to compare", $"{ko}: 비교 대상 없음");
        var percent = (Math.Exp(logRatio) - 1) * 100;
        var size = Math.Abs(percent).ToString("0", Invariant);
        if (Math.Abs(percent) < 0.5) return ($"{en} in line with similar imports", $"유사 수입품과 {ko} 비슷함");
        return percent < 0
            ? ($"{en} {size}% below similar imports", $"유사 수입품 대비 {ko} {size}% 낮음")
            : ($"{en} {size}% above similar imports", $"유사 수입품 대비 {ko} {size}% 높음");
    }

    private static (string, string) NetworkRisk(float risk, string en, string ko) => risk <= 0
        ? ($"{en} not linked to earlier seizures in the intelligence graph", $"{ko}: 정보 그래프상 과거 압수 사건과 연결 없음")
        : ($"{en} linked to earlier seizures in the intelligence graph (network risk {risk.ToString("0.###", Invariant)})",
            $"{ko}: 정보 그래프상 과거 압수 사건과 연결 (네트워크 위험도 {risk.ToString("0.###", Invariant)})");

    private static (string, string) HitRate(float rate, string en, string ko) =>
        ($"{en}'s past inspection hit rate {Pct(rate)}", $"{ko} 과거 검사 적발률 {Pct(rate)}");

    private static string Pct(float fraction) => (fraction * 100).ToString("0.#", Invariant) + "%";
}
