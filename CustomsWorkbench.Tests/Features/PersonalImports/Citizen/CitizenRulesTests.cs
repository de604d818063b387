using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Features.PersonalImports.Citizen;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Citizen;

/// <summary>The estimator's and the report form's validation, the masking of personal data, and the citizen slots of the assistant.</summary>
public class CitizenRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly DateTime Now = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);
    private static CitizenGoodsTypes Goods => CitizenGoodsTypes.Shipped;

    private static IEnumerable<string> Fields(DutyEstimateRequest r) => DutyEstimateRules.Problems(r, Goods, Today).Select(p => p.Field);

    [Fact]
    public void A_complete_question_has_no_problem()
    {
        Assert.Empty(Fields(new DutyEstimateRequest("clothing", 120m, "USD", "US", 2, [40m], Today)));
    }

    [Theory]
    [InlineData(null, 120, "USD", "US", "goodsType")]
    [InlineData("furniture", 120, "USD", "US", "goodsType")]
    [InlineData("clothing", 0, "USD", "US", "value")]
    [InlineData("clothing", -5, "USD", "US", "value")]
    [InlineData("clothing", 120, "US", "US", "currency")]
    [InlineData("clothing", 120, "US1", "US", "currency")]
    [InlineData("clothing", 120, "USD", "USA", "originCountry")]
    [InlineData("clothing", 120, "USD", "", "originCountry")]
    public void Each_bad_field_is_named(string? goods, double value, string currency, string origin, string field)
    {
        Assert.Equal([field], Fields(new DutyEstimateRequest(goods, (decimal)value, currency, origin)));
    }

    [Fact]
    public void Quantity_other_parcels_and_date_are_bounded()
    {
        Assert.Equal(["quantity"], Fields(new DutyEstimateRequest("clothing", 10m, "USD", "US", Quantity: 0)));
        Assert.Equal(["quantity"], Fields(new DutyEstimateRequest("clothing", 10m, "USD", "US", Quantity: DutyEstimateRules.MaxQuantity + 1)));
        Assert.Equal(["otherParcelsSameDayUsd"], Fields(new DutyEstimateRequest("clothing", 10m, "USD", "US", OtherParcelsSameDayUsd: [10m, -1m])));
        Assert.Equal(["otherParcelsSameDayUsd"], Fields(new DutyEstimateRequest("clothing", 10m, "USD", "US",
            OtherParcelsSameDayUsd: Enumerable.Repeat(1m, DutyEstimateRules.MaxOtherParcels + 1).ToList())));
        Assert.Equal(["arrivalDate"], Fields(new DutyEstimateRequest("clothing", 10m, "USD", "US", ArrivalDate: Today.AddDays(DutyEstimateRules.MaxDaysFromToday + 1))));
        Assert.Equal(["body"], DutyEstimateRules.Problems(null, Goods, Today).Select(p => p.Field));
    }

    [Fact]
    public void The_other_parcels_field_reads_a_list_and_names_a_bad_entry()
    {
        Assert.Equal([80m, 45.5m], DutyEstimateRules.ParseAmounts("80, 45.50").Values!);
        Assert.Empty(DutyEstimateRules.ParseAmounts("  ").Values!);
        var (values, problem) = DutyEstimateRules.ParseAmounts("80, abc");
        Assert.Null(values);
        Assert.Equal(("otherParcelsSameDayUsd", "abc"), (problem!.Field, (string)problem.Args[0]));
    }

    [Fact]
    public void Goods_types_carry_their_self_use_limit()
    {
        Assert.Equal(6, Goods.Find("supplements")!.Limit!.MaxQuantity);
        Assert.Equal(0.13m, Goods.Find("clothing")!.DutyRate);
        Assert.Null(Goods.Find("general")!.Limit);
    }

    private static MisuseReportRequest Report(string? code = "P123456789012", string? tracking = null, string? contact = "010-1234-5678",
        string? what = "A parcel I never ordered arrived in my name.", DateTime? at = null) =>
        new(Guid.NewGuid(), code, tracking, contact, what, ReportChannel.Phone, at ?? Now.AddHours(-1));

    [Fact]
    public void A_report_needs_a_code_or_a_tracking_number_contact_and_text()
    {
        Assert.Empty(MisuseReportRules.Problems(Report(), Now));
        Assert.Empty(MisuseReportRules.Problems(Report(code: null, tracking: "EE100004512CN"), Now));
        Assert.Contains(MisuseReportRules.Problems(Report(code: null), Now), p => p.Key == "ProblemCodeOrTracking");
        Assert.Contains(MisuseReportRules.Problems(Report(code: "P12"), Now), p => (p.Field, p.Key) == ("reportedCode", "ProblemCode"));
        Assert.Contains(MisuseReportRules.Problems(Report(tracking: "EE 1;DROP"), Now), p => p.Field == "trackingNumber");
        Assert.Contains(MisuseReportRules.Problems(Report(contact: " "), Now), p => p.Field == "reporterContact");
        Assert.Contains(MisuseReportRules.Problems(Report(what: new string('x', 2001)), Now), p => (p.Field, p.Key) == ("whatHappened", "ProblemTooLong"));
        Assert.Contains(MisuseReportRules.Problems(Report(contact: "010\u0007"), Now), p => (p.Field, p.Key) == ("reporterContact", "ProblemControlCharacters"));
        Assert.Contains(MisuseReportRules.Problems(Report(at: Now.AddDays(1)), Now), p => p.Field == "receivedAtUtc");
        Assert.Contains(MisuseReportRules.Problems(Report() with { Channel = (ReportChannel)99 }, Now), p => p.Field == "channel");
    }

    [Fact]
    public void Personal_data_is_masked_in_lists_and_evidence()
    {
        Assert.Equal("김*수", PersonalDataMask.Name("김민수"));
        Assert.Equal("이*", PersonalDataMask.Name("이철"));
        Assert.Equal("010-****-5678", PersonalDataMask.Phone("010-1234-5678"));
        Assert.Equal("mi***@example.com", PersonalDataMask.Contact("minsu.kim@example.com"));
        Assert.Equal("서울특별시 ***", PersonalDataMask.Address("서울특별시 강남구 테헤란로 12"));
        var evidence = PersonalDataMask.Redact("Code P1 used by 김민수, 이영희 at 서울특별시 강남구 테헤란로 12 and 010-1234-5678.",
            ["김민수", "이영희"], ["010-1234-5678"], ["서울특별시 강남구 테헤란로 12"]);
        Assert.Equal("Code P1 used by 김*수, 이*희 at 서울특별시 *** and 010-****-5678.", evidence);
    }

    private static Slots Slots(string text) => new SlotExtractor([]).Extract(text, Today);

    [Theory]
    [InlineData("why is parcel EE100004512CN held?", "EE100004512CN")]
    [InlineData("Quick question: can you tell me why 1z100078901 is being held", "1Z100078901")]
    [InlineData("운송장 CJ100034567KR요 통관 상태 알려줘", "CJ100034567KR")]
    [InlineData("why is IM00000012 risky", null)]
    public void Tracking_numbers_are_a_slot(string text, string? tracking)
    {
        Assert.Equal(tracking, Slots(text).TrackingNumber);
    }

    [Theory]
    [InlineData("how much tax will I pay on a jacket for USD 180 from the US?", 180, "USD", "US")]
    [InlineData("I bought perfume for €210 from France, do I pay duty?", 210, "EUR", "FR")]
    [InlineData("중국에서 25만원 재킷 사면 세금 얼마야?", 250000, "KRW", "CN")]
    [InlineData("영국 직구 지갑 80파운드 관세 내야 해?", 80, "GBP", "GB")]
    public void A_citizen_price_and_origin_are_read(string text, double amount, string currency, string origin)
    {
        var s = Slots(text);
        Assert.Equal((amount, currency, origin), (s.Amount, s.Currency, s.Origin));
    }

    [Fact]
    public void Phones_and_customs_codes_are_never_values_and_are_masked_for_the_classifier()
    {
        var s = Slots("citizen 010-1234-5678 with code P123456789012 asks about parcel JD100023456");
        Assert.Equal((null, "JD100023456"), (s.Amount, s.TrackingNumber));
        var masked = IntentClassifier.Mask("citizen 010-1234-5678 with code P123456789012 asks about parcel JD100023456");
        Assert.DoesNotContain("5678", masked);
        Assert.DoesNotContain("123456789012", masked);
        Assert.Contains("phoneno", masked);
        Assert.Contains("pcccno", masked);
        Assert.Contains("trackno", masked);
    }
}
