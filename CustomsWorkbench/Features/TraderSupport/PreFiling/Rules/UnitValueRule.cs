namespace CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;

/// <summary>Unit value against peers declaring the same tariff line in the last 12 months: far below invites a valuation query.</summary>
public sealed class UnitValueRule(PreFilingReference reference) : IPreFilingRule
{
    public const double LowBelow = 0.5;
    public const double HighAbove = 3;

    public string Name => "unit-value";

    public async Task<IReadOnlyList<PreFilingFinding>> CheckAsync(PreFilingDraft draft, CancellationToken ct)
    {
        var peers = await reference.PeersAsync(ct);
        var findings = new List<PreFilingFinding>();
        foreach (var item in draft.Declaration.Items)
        {
            if (peers.MedianUnitValue(item.TariffCode) is not { } median || item.Quantity <= 0) continue;
            var ratio = item.CifValue / item.Quantity / median;
            if (ratio < LowBelow)
                findings.Add(new(Name, FindingSeverity.Warning, item.LineNumber,
                    $"Unit value {item.CifValue / item.Quantity:N0} KRW is {ratio:P0} of the peers' median ({median:N0}) for {item.TariffCode}.",
                    $"단가 {item.CifValue / item.Quantity:N0}원이 {item.TariffCode} 동종 신고 중앙값({median:N0}원)의 {ratio:P0}입니다.",
                    "Check the invoice value, quantity and unit; attach evidence of the price (contract, payment) if it is right.",
                    "송품장 가격·수량·단위를 확인하고, 가격이 맞다면 계약서·송금 내역 등 입증 자료를 첨부하십시오."));
            else if (ratio > HighAbove)
                findings.Add(new(Name, FindingSeverity.Info, item.LineNumber,
                    $"Unit value is {ratio:N1} times the peers' median for {item.TariffCode}: is the code or the quantity right?",
                    $"단가가 {item.TariffCode} 동종 신고 중앙값의 {ratio:N1}배입니다: 세번이나 수량이 맞습니까?",
                    "Check the quantity unit and whether the goods belong under another code.",
                    "수량 단위와 다른 세번에 해당하는지 확인하십시오."));
        }
        return findings;
    }
}
