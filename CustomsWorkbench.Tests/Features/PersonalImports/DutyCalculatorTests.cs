using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Features.PersonalImports.Duty;
using CustomsWorkbench.Platform.Reference;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>
/// Hand-worked examples. Rates in force 2025-01-05 to 2025-01-11: USD 1,350.00, EUR 1,500.00, JPY 900.00 per 100.
/// Customs value drops won fractions; duty and VAT are cut to 10 won.
/// </summary>
public class DutyCalculatorTests
{
    private static readonly DateOnly Day = new(2025, 1, 8);
    private static readonly DateOnly From = new(2025, 1, 5), To = new(2025, 1, 11);

    private static readonly DutyTables Tables = new(
        [new("USD", 1350, 1, From, To), new("EUR", 1500, 1, From, To), new("JPY", 900, 100, From, To)],
        new Dictionary<string, decimal> { ["2106909099"] = 0.05m },
        DutyTables.ReadDefaults(Path.Combine(RepositoryPaths.Root, "data", "personal-imports", "duty-defaults.csv")));

    private static DutyAnswer Ask(decimal value, string currency, string origin, string goods = "T-shirts (티셔츠)", string? hs = null, params decimal[] others) =>
        DutyCalculator.Calculate(new DutyQuestion(goods, value, currency, origin, Day, hs, others), Tables);

    [Fact]
    public void Exactly_usd_150_from_china_clears_by_list_without_tax()
    {
        var a = Ask(150m, "USD", "CN");
        Assert.Equal((ClearanceRoute.List, 202_500m, 0m, 0m, 0m), (a.Route, a.CustomsValueKrw, a.DutyKrw, a.VatKrw, a.TotalKrw));
        Assert.Contains("within the USD 150.00 limit", a.WhyEn);
        Assert.Contains("목록통관", a.WhyKo);
    }

    [Fact]
    public void Usd_150_01_of_clothing_is_general_clearance_at_13_percent()
    {
        // 150.01 × 1,350 = 202,513.5 → 202,513; duty 13 % = 26,326.69 → 26,320; VAT 10 % of 228,833 = 22,883.3 → 22,880.
        var a = Ask(150.01m, "USD", "CN");
        Assert.Equal((ClearanceRoute.General, 202_513m, 0.13m, 26_320m, 22_880m, 49_200m), (a.Route, a.CustomsValueKrw, a.DutyRate, a.DutyKrw, a.VatKrw, a.TotalKrw));
        Assert.Contains("default rate for clothing", a.Lines.Single(l => l.LabelEn == "Duty rate").WhyEn);
        Assert.Equal(["Declared value", "Exchange rate", "Customs value", "Duty rate", "Duty", "VAT", "Total"], a.Lines.Select(l => l.LabelEn));
    }

    [Theory]
    [InlineData(199, ClearanceRoute.List)]
    [InlineData(200, ClearanceRoute.List)]
    [InlineData(201, ClearanceRoute.General)]
    public void From_the_us_the_limit_is_usd_200(int value, ClearanceRoute route) =>
        Assert.Equal((route, 200m), (Ask(value, "USD", "US").Route, Ask(value, "USD", "US").LimitUsd));

    [Fact]
    public void Usd_201_of_supplements_from_the_us_owes_duty_and_vat()
    {
        // 201 × 1,350 = 271,350; 8 % = 21,708 → 21,700; VAT 10 % of 293,050 = 29,305 → 29,300.
        var a = Ask(201m, "USD", "US", "Vitamin supplements (비타민)");
        Assert.Equal((271_350m, 21_700m, 29_300m, 51_000m), (a.CustomsValueKrw, a.DutyKrw, a.VatKrw, a.TotalKrw));
    }

    [Fact]
    public void Euro_values_are_compared_in_usd_and_taxed_in_krw()
    {
        // EUR 120 × 1,500 / 1,350 = USD 133.33: list. EUR 140 = USD 155.56: general; 210,000 KRW; bags 8 % = 16,800; VAT 22,680.
        Assert.Equal((ClearanceRoute.List, 133.33m), (Ask(120m, "EUR", "DE", "Women's handbag").Route, Ask(120m, "EUR", "DE", "Women's handbag").ValueUsd));
        var a = Ask(140m, "EUR", "DE", "Women's handbag (여성용 핸드백)");
        Assert.Equal((ClearanceRoute.General, 155.56m, 210_000m, 16_800m, 22_680m, 39_480m), (a.Route, a.ValueUsd, a.CustomsValueKrw, a.DutyKrw, a.VatKrw, a.TotalKrw));
        Assert.Contains("1,500.00 KRW per EUR", a.Lines.Single(l => l.LabelEn == "Exchange rate").WhyEn);
    }

    [Fact]
    public void Yen_is_quoted_per_100()
    {
        // JPY 20,000 = 180,000 KRW = USD 133.33: list. JPY 25,000 = 225,000 KRW = USD 166.67: general; 8 % general goods = 18,000; VAT 24,300.
        Assert.Equal(ClearanceRoute.List, Ask(20_000m, "JPY", "JP", "Wrist watch").Route);
        var a = Ask(25_000m, "JPY", "JP", "Wrist watch (손목시계)");
        Assert.Equal((166.67m, 225_000m, 18_000m, 24_300m, 42_300m), (a.ValueUsd, a.CustomsValueKrw, a.DutyKrw, a.VatKrw, a.TotalKrw));
        Assert.Contains("general goods", a.Lines.Single(l => l.LabelEn == "Duty rate").WhyEn);
    }

    [Fact]
    public void Same_day_parcels_from_one_country_past_the_limit_are_taxed_together()
    {
        // 100 + 60 = 160 > 150: combined. 135,000 KRW; footwear 13 % = 17,550; VAT 10 % of 152,550 = 15,255 → 15,250.
        var a = Ask(100m, "USD", "CN", "Running shoes (운동화)", null, 60m);
        Assert.Equal((ClearanceRoute.Combined, 160m, 135_000m, 17_550m, 15_250m, 32_800m), (a.Route, a.SameDayTotalUsd, a.CustomsValueKrw, a.DutyKrw, a.VatKrw, a.TotalKrw));
        Assert.Contains("합산과세", a.WhyKo);
        Assert.Equal("combined", a.Route.Code());
        // Adding up to exactly the limit is still list clearance.
        Assert.Equal(ClearanceRoute.List, Ask(100m, "USD", "CN", "Running shoes", null, 50m).Route);
    }

    [Fact]
    public void A_known_hs_code_sets_the_duty_rate()
    {
        var a = Ask(160m, "USD", "CN", "Vitamin supplements", "2106909099");
        Assert.Equal((0.05m, 10_800m), (a.DutyRate, a.DutyKrw)); // 216,000 × 5 %
        Assert.Contains("HS 2106909099", a.Lines.Single(l => l.LabelEn == "Duty rate").WhyEn);
    }

    [Fact]
    public void No_rate_in_force_is_a_clear_error_in_both_languages()
    {
        var e = Assert.Throws<DutyEstimateUnavailableException>(() => Ask(100m, "GBP", "GB"));
        Assert.Contains("No customs exchange rate for GBP", e.Message);
        Assert.Contains("과세환율이 없습니다", e.MessageKo);
    }
}
