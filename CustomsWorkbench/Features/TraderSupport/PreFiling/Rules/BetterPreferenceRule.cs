using CustomsWorkbench.Features.TraderSupport.Preferences;

namespace CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;

/// <summary>A lower preferential rate exists for the line's origin and code than the rate declared (claimed or not).</summary>
public sealed class BetterPreferenceRule(PreferentialRateTable rates) : IPreFilingRule
{
    public string Name => "better-preference";

    public Task<IReadOnlyList<PreFilingFinding>> CheckAsync(PreFilingDraft draft, CancellationToken ct)
    {
        var d = draft.Declaration;
        var findings = new List<PreFilingFinding>();
        foreach (var item in d.Items)
        {
            if (rates.Best(item.OriginCountryCode, item.TariffCode, d.Date) is not { } best || best.Rate >= item.DutyRate) continue;
            var saving = FtaSavingsArithmetic.Saving(item.CifValue, item.DutyRate, best.Rate);
            findings.Add(new(Name, d.FtaPreferenceClaimed ? FindingSeverity.Warning : FindingSeverity.Info, item.LineNumber,
                $"{best.NameEn} offers {best.Rate:P1} for {item.TariffCode} from {item.OriginCountryCode} instead of the declared {item.DutyRate:P1}: about {saving:N0} KRW less duty and VAT.",
                $"{best.NameKo}에 따라 {item.OriginCountryCode}산 {item.TariffCode}에 신고세율 {item.DutyRate:P1} 대신 {best.Rate:P1}을 적용할 수 있습니다: 관세·부가세 약 {saving:N0}원 절감.",
                $"Claim {best.NameEn} with a valid proof of origin, and declare the rate {best.Rate:P1}.",
                $"유효한 원산지증명서를 갖추어 {best.NameKo} 협정세율 {best.Rate:P1}로 신고하십시오."));
        }
        return Task.FromResult<IReadOnlyList<PreFilingFinding>>(findings);
    }
}
