using CustomsWorkbench.Features.TraderSupport.Preferences;

namespace CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;

/// <summary>
/// Duty and VAT recomputed from the declared CIF and rate (duty = CIF × rate; VAT = 10 % of CIF + duty), and the declared rate
/// against the tariff's general rate when no preference is claimed.
/// </summary>
public sealed class TaxRecomputationRule(PreFilingReference reference) : IPreFilingRule
{
    /// <summary>Rounding differences up to this many KRW (or 0.5 %) are not findings.</summary>
    public const double ToleranceKrw = 10;

    public string Name => "tax-recomputation";

    public async Task<IReadOnlyList<PreFilingFinding>> CheckAsync(PreFilingDraft draft, CancellationToken ct)
    {
        var tariffs = await reference.TariffsAsync(ct);
        var d = draft.Declaration;
        var findings = new List<PreFilingFinding>();
        foreach (var item in d.Items)
        {
            if (!d.FtaPreferenceClaimed && tariffs.TryGetValue(item.TariffCode, out var t) && item.DutyRate < t.General - 1e-9)
                findings.Add(new(Name, FindingSeverity.Error, item.LineNumber,
                    $"Rate {item.DutyRate:P1} is below the general rate {t.General:P1} of {item.TariffCode}, and no preference is claimed.",
                    $"신고세율 {item.DutyRate:P1}이 {item.TariffCode}의 기본세율 {t.General:P1}보다 낮은데 협정관세 신청이 없습니다.",
                    $"Declare {t.General:P1}, or claim the preference that gives the lower rate.",
                    $"{t.General:P1}로 신고하거나, 낮은 세율의 근거가 되는 협정관세를 신청하십시오."));
            var duty = Math.Round(item.CifValue * item.DutyRate);
            if (Off(item.DutyAmount, duty))
                findings.Add(new(Name, FindingSeverity.Error, item.LineNumber,
                    $"Duty {item.DutyAmount:N0} KRW does not match CIF {item.CifValue:N0} × {item.DutyRate:P1} = {duty:N0}.",
                    $"관세 {item.DutyAmount:N0}원이 CIF {item.CifValue:N0} × {item.DutyRate:P1} = {duty:N0}원과 다릅니다.",
                    $"Declare duty {duty:N0} KRW.", $"관세를 {duty:N0}원으로 신고하십시오."));
            var vat = Math.Round((item.CifValue + duty) * FtaSavingsArithmetic.VatRate);
            if (Off(item.VatAmount, vat))
                findings.Add(new(Name, FindingSeverity.Error, item.LineNumber,
                    $"VAT {item.VatAmount:N0} KRW does not match 10 % of CIF + duty = {vat:N0}.",
                    $"부가가치세 {item.VatAmount:N0}원이 (CIF + 관세)의 10% = {vat:N0}원과 다릅니다.",
                    $"Declare VAT {vat:N0} KRW.", $"부가가치세를 {vat:N0}원으로 신고하십시오."));
        }
        var total = d.Items.Sum(i => Math.Round(i.CifValue * i.DutyRate) + Math.Round((i.CifValue + Math.Round(i.CifValue * i.DutyRate)) * FtaSavingsArithmetic.VatRate));
        if (Off(d.TotalTaxes, total))
            findings.Add(new(Name, FindingSeverity.Warning, null,
                $"Total taxes {d.TotalTaxes:N0} KRW differ from the recomputed {total:N0}.",
                $"총 세액 {d.TotalTaxes:N0}원이 재계산한 {total:N0}원과 다릅니다.",
                $"Declare total taxes {total:N0} KRW.", $"총 세액을 {total:N0}원으로 신고하십시오."));
        return findings;
    }

    private static bool Off(double declared, double expected) =>
        Math.Abs(declared - expected) > Math.Max(ToleranceKrw, 0.005 * Math.Abs(expected));
}
