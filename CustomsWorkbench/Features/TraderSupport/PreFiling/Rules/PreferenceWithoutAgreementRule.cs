using CustomsWorkbench.Features.TraderSupport.Preferences;

namespace CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;

/// <summary>A preference claimed for a line whose origin no agreement covers (or whose goods the agreements exclude).</summary>
public sealed class PreferenceWithoutAgreementRule(PreferentialRateTable rates) : IPreFilingRule
{
    public string Name => "preference-without-agreement";

    public Task<IReadOnlyList<PreFilingFinding>> CheckAsync(PreFilingDraft draft, CancellationToken ct)
    {
        var d = draft.Declaration;
        var findings = new List<PreFilingFinding>();
        if (!d.FtaPreferenceClaimed) return Task.FromResult<IReadOnlyList<PreFilingFinding>>(findings);
        foreach (var item in d.Items.Where(i => rates.Best(i.OriginCountryCode, i.TariffCode, d.Date) is null))
        {
            var partner = rates.CoversOrigin(item.OriginCountryCode, d.Date);
            findings.Add(new(Name, FindingSeverity.Error, item.LineNumber,
                partner
                    ? $"A preference is claimed, but every agreement with {item.OriginCountryCode} excludes {item.TariffCode}."
                    : $"A preference is claimed, but Korea has no agreement in force with {item.OriginCountryCode} on {d.Date:yyyy-MM-dd}.",
                partner
                    ? $"협정관세를 신청했으나 {item.OriginCountryCode}와의 모든 협정에서 {item.TariffCode}은(는) 양허 제외입니다."
                    : $"협정관세를 신청했으나 {d.Date:yyyy-MM-dd} 현재 {item.OriginCountryCode}와 발효 중인 협정이 없습니다.",
                "Declare the general rate, or correct the origin if a certificate of origin shows another country.",
                "일반세율로 신고하거나, 원산지증명서상 원산지가 다르면 원산지를 정정하십시오."));
        }
        return Task.FromResult<IReadOnlyList<PreFilingFinding>>(findings);
    }
}
