using CustomsWorkbench.Features.TraderSupport.Audit;
using CustomsWorkbench.Features.TraderSupport.PreFiling;
using CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;
using CustomsWorkbench.Features.TraderSupport.Preferences;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>Each pre-filing rule on its own, with fixed peers, tariff rates and the shipped rate and requirement tables.</summary>
public class PreFilingRuleTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);
    private static readonly PreferentialRateTable Rates = PreferentialRateTable.Load(ShippedData.PathOf("reference", PreferentialRateTable.FileName));
    private static readonly RequirementTable Requirements = RequirementTable.Load(ShippedData.PathOf("reference", RequirementTable.FileName));

    /// <summary>Peers: eight lines of 8516600000 at 100,000 KRW a unit; general rate 8 %.</summary>
    private sealed class FixedReference() : PreFilingReference(null!, TimeProvider.System)
    {
        public override Task<PeerPrices> PeersAsync(CancellationToken ct) =>
            Task.FromResult(new PeerPrices(Enumerable.Range(0, 8).Select(_ => new AuditLine("8516600000", 10, 50, 1_000_000, 0.08))));

        public override Task<IReadOnlyDictionary<string, TariffRates>> TariffsAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<string, TariffRates>>(new Dictionary<string, TariffRates>
            {
                ["8516600000"] = new(0.08, 0), ["6109100000"] = new(0.13, 0), ["1006309000"] = new(5.13, 5.13),
            });
    }

    private static IncomingItem Item(string code = "8516600000", string origin = "CN", double quantity = 10, double cif = 1_000_000, double rate = 0.08,
        double? duty = null, double? vat = null)
    {
        var d = duty ?? Math.Round(cif * rate);
        return new IncomingItem(1, code, "goods", origin, quantity, "EA", 50, cif, cif, rate, d, vat ?? Math.Round((cif + d) * 0.1));
    }

    private static PreFilingDraft Draft(bool fta, params IncomingItem[] items) => Draft(fta, [], items);

    private static PreFilingDraft Draft(bool fta, string[] certificates, params IncomingItem[] items) =>
        new(new IncomingDeclaration("DRAFT", Day, new ImporterDetails("I"), new DeclarantDetails("B"), new OfficeDetails("O"), null, TransportMode.Sea,
            fta, items.Sum(i => i.DutyAmount + i.VatAmount), null, items), certificates.ToHashSet());

    [Fact]
    public async Task Unit_value_far_under_the_peers_is_a_warning_with_the_ratio()
    {
        var rule = new UnitValueRule(new FixedReference());

        var low = Assert.Single(await rule.CheckAsync(Draft(false, Item(cif: 300_000)), default));
        Assert.Equal((FindingSeverity.Warning, 1), (low.Severity, low.Line));
        Assert.Contains($"is {0.3:P0} of the peers' median", low.MessageEn);
        Assert.Empty(await rule.CheckAsync(Draft(false, Item(cif: 900_000)), default));
        Assert.Equal(FindingSeverity.Info, Assert.Single(await rule.CheckAsync(Draft(false, Item(cif: 4_000_000)), default)).Severity);
        Assert.Empty(await rule.CheckAsync(Draft(false, Item(code: "9999999999", cif: 1)), default));
    }

    [Fact]
    public async Task A_preference_claimed_for_an_origin_without_an_agreement_is_an_error()
    {
        var rule = new PreferenceWithoutAgreementRule(Rates);

        var taiwan = Assert.Single(await rule.CheckAsync(Draft(true, Item(code: "6109100000", origin: "TW", rate: 0)), default));
        Assert.Equal(FindingSeverity.Error, taiwan.Severity);
        Assert.Contains("no agreement in force with TW", taiwan.MessageEn);
        var rice = Assert.Single(await rule.CheckAsync(Draft(true, Item(code: "1006309000", origin: "US", rate: 0)), default));
        Assert.Contains("excludes 1006309000", rice.MessageEn);
        Assert.Empty(await rule.CheckAsync(Draft(true, Item(origin: "US", rate: 0)), default));
        Assert.Empty(await rule.CheckAsync(Draft(false, Item(origin: "TW")), default));
    }

    [Fact]
    public async Task A_lower_preference_than_the_declared_rate_is_pointed_out_with_the_saving()
    {
        var rule = new BetterPreferenceRule(Rates);

        // China: RCEP gives 2 % on textiles and Korea-China 4 %, so a claim at 4 % has a better preference.
        var better = Assert.Single(await rule.CheckAsync(Draft(true, Item(code: "6109100000", origin: "CN", cif: 10_000_000, rate: 0.04)), default));
        Assert.Equal(FindingSeverity.Warning, better.Severity);
        Assert.Contains("Regional Comprehensive Economic Partnership", better.MessageEn);
        Assert.Contains("220,000", better.MessageEn); // 10,000,000 × (0.04 − 0.02) × 1.1
        var unclaimed = Assert.Single(await rule.CheckAsync(Draft(false, Item(origin: "US", cif: 10_000_000)), default));
        Assert.Equal(FindingSeverity.Info, unclaimed.Severity);
        Assert.Contains("880,000", unclaimed.MessageEn);
        Assert.Empty(await rule.CheckAsync(Draft(true, Item(origin: "US", rate: 0)), default));
    }

    [Fact]
    public async Task Duty_and_VAT_are_recomputed_and_a_rate_under_the_general_rate_needs_a_claim()
    {
        var rule = new TaxRecomputationRule(new FixedReference());

        Assert.Empty(await rule.CheckAsync(Draft(false, Item()), default));
        var wrong = await rule.CheckAsync(Draft(false, Item(duty: 50_000, vat: 105_000)), default);
        Assert.Contains(wrong, f => f.Severity == FindingSeverity.Error && f.FixEn == "Declare duty 80,000 KRW.");
        Assert.Contains(wrong, f => f.Severity == FindingSeverity.Error && f.FixEn == "Declare VAT 108,000 KRW.");
        Assert.Contains(wrong, f => f.Line is null && f.Severity == FindingSeverity.Warning);
        var under = Assert.Single(await rule.CheckAsync(Draft(false, Item(rate: 0)), default));
        Assert.Contains($"below the general rate {0.08:P1}", under.MessageEn);
        Assert.Empty(await rule.CheckAsync(Draft(true, Item(rate: 0)), default));
    }

    [Fact]
    public async Task Regulated_goods_without_their_certificate_are_errors_and_a_listed_certificate_clears_them()
    {
        var rule = new RequirementCertificateRule(Requirements);

        var phone = Assert.Single(await rule.CheckAsync(Draft(false, Item(code: "8517130000")), default));
        Assert.Equal(FindingSeverity.Error, phone.Severity);
        Assert.Contains("radio-conformity", phone.FixEn);
        Assert.Empty(await rule.CheckAsync(Draft(false, ["radio-conformity"], Item(code: "8517130000")), default));
        var beef = await rule.CheckAsync(Draft(false, Item(code: "0201300000")), default);
        Assert.Equal(["animal-quarantine", "food-import"], beef.Select(f => f.FixEn.Split('"')[1]).Order());
        Assert.Empty(await rule.CheckAsync(Draft(false, Item(code: "8471300000")), default));
    }
}
