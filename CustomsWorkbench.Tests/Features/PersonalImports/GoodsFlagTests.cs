using CustomsWorkbench.Features.PersonalImports.Flags;
using static CustomsWorkbench.Tests.Features.PersonalImports.ParcelBuilder;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>Resale quantities, undervaluation against peers, and restricted goods: the flags about what is in the parcel.</summary>
public class GoodsFlagTests
{
    private const string Supplements = "Vitamin C supplements (비타민)";

    [Theory]
    [InlineData(Supplements, 6, false)]
    [InlineData(Supplements, 7, true)]
    [InlineData("유산균 영양제", 12, true)]
    [InlineData("Running shoes (운동화)", 6, false)]
    [InlineData("Running shoes (운동화)", 8, true)]
    [InlineData("Kids toy set", 10, false)]
    [InlineData("Kids toy set", 11, true)]
    public void A_quantity_past_the_personal_use_limit_is_resale(string goods, int quantity, bool flagged)
    {
        var parcel = Parcel(goods: goods, quantity: quantity);

        var flags = Flag([parcel]);

        Assert.Equal(flagged, flags.Has(parcel, ParcelFlagCodes.Resale));
    }

    [Fact]
    public void The_resale_evidence_names_the_quantity_and_the_limit_in_both_languages()
    {
        var parcel = Parcel(goods: Supplements, quantity: 20);

        var flag = Flag([parcel]).Get(parcel, ParcelFlagCodes.Resale);

        Assert.Equal("20 bottles of Health supplements in one parcel; personal use is at most 6 bottles.", flag.EvidenceEn);
        Assert.Equal("한 소포에 건강기능식품 20병: 자가사용 한도는 6병입니다.", flag.EvidenceKo);
    }

    [Fact]
    public void The_same_goods_bought_again_and_again_in_quantity_is_resale_from_the_parcel_that_makes_it_commercial()
    {
        var orders = Enumerable.Range(0, 5).Select(i => Parcel(day: i * 10, goods: Supplements, quantity: 4)).ToList();

        var flags = Flag(orders);

        // 4 + 4 = 8 bottles is still personal; the third order makes 12, past one and a half times the limit of 6.
        Assert.False(flags.Has(orders[1], ParcelFlagCodes.Resale));
        Assert.All(orders.Skip(2), o => Assert.True(flags.Has(o, ParcelFlagCodes.Resale)));
        Assert.Equal(2, flags.Get(orders[2], ParcelFlagCodes.Resale).RelatedTrackingNumbers.Count);
    }

    [Fact]
    public void Someone_who_buys_often_but_varied_goods_for_themselves_is_not_a_reseller()
    {
        string[] goods = ["Vitamin supplements (비타민)", "Running shoes (운동화)", "Bluetooth earphones (블루투스 이어폰)", "Perfume (향수)",
            "T-shirts (티셔츠)", "Coffee beans (원두커피)", "Kids toy set (어린이 완구)", "Pet food (반려동물 사료)"];
        var parcels = Enumerable.Range(0, 40).Select(i => Parcel(day: i * 4, goods: goods[i % goods.Length], quantity: 1 + i % 3)).ToList();

        var flags = Flag(parcels);

        Assert.DoesNotContain(flags.Values, f => f.Any(x => x.Code == ParcelFlagCodes.Resale));
    }

    private static List<ManifestParcel> Peers(int count, int firstDay = 0, string? hs = "640399") =>
        Enumerable.Range(0, count).Select(i => Parcel(day: firstDay + i / 3, pccc: $"P2000000{i:D5}", goods: "Running shoes",
            hs: hs, value: 80m + i % 7 * 5m)).ToList();

    [Fact]
    public void A_unit_value_far_below_earlier_peers_is_undervalued_with_the_peers_as_evidence()
    {
        var history = Peers(30);
        var cheap = Parcel(day: 20, goods: "Sneakers", hs: "6403.99-9000", value: 12m);
        var fair = Parcel(day: 20, goods: "Sneakers", hs: "640399", value: 70m);
        var perUnit = Parcel(day: 20, goods: "Sneakers", hs: "640399", quantity: 4, value: 80m);

        var flags = Flag([cheap, fair, perUnit], history);

        Assert.True(flags.Has(cheap, ParcelFlagCodes.Undervalued));
        Assert.False(flags.Has(fair, ParcelFlagCodes.Undervalued));
        Assert.True(flags.Has(perUnit, ParcelFlagCodes.Undervalued));
        var flag = flags.Get(cheap, ParcelFlagCodes.Undervalued);
        Assert.Contains("30 earlier parcels", flag.EvidenceEn);
        Assert.Equal(20, flag.RelatedTrackingNumbers.Count);
    }

    [Fact]
    public void Without_enough_peers_there_is_no_verdict()
    {
        var cheap = Parcel(day: 20, hs: "640399", value: 5m);

        Assert.False(Flag([cheap], Peers(10)).Has(cheap, ParcelFlagCodes.Undervalued));
    }

    [Fact]
    public void Only_the_past_peers_that_arrive_later_do_not_make_an_earlier_parcel_undervalued()
    {
        var cheap = Parcel(day: 0, hs: "640399", value: 5m);
        var later = Peers(40, firstDay: 1);

        Assert.False(Flag([cheap, .. later]).Has(cheap, ParcelFlagCodes.Undervalued));
    }

    [Fact]
    public void Without_an_HS_code_peers_are_found_by_the_normalised_description()
    {
        var history = Peers(30, hs: null);
        var cheap = Parcel(day: 20, goods: "RUNNING  SHOES!", value: 10m);

        Assert.True(Flag([cheap], history).Has(cheap, ParcelFlagCodes.Undervalued));
    }

    [Theory]
    [InlineData("Melatonin 10mg gummies", true)]
    [InlineData("멜라토닌 젤리", true)]
    [InlineData("E-cigarette nicotine liquid 30ml", true)]
    [InlineData("Tomato seeds (토마토 씨앗)", true)]
    [InlineData("Beef jerky", true)]
    [InlineData("소고기 육포", true)]
    [InlineData("Hunting knife", true)]
    [InlineData("Kitchen utensils (주방용품)", false)]
    [InlineData("Steak seasoning", false)]
    [InlineData("Seedless grape juice", false)]
    public void Goods_on_the_restricted_list_are_flagged_in_Korean_or_English(string goods, bool flagged)
    {
        var parcel = Parcel(goods: goods);

        var flags = Flag([parcel]);

        Assert.Equal(flagged, flags.Has(parcel, ParcelFlagCodes.RestrictedGoods));
        if (flagged) Assert.NotEqual(flags.Get(parcel, ParcelFlagCodes.RestrictedGoods).EvidenceEn, flags.Get(parcel, ParcelFlagCodes.RestrictedGoods).EvidenceKo);
    }

    [Fact]
    public void An_ordinary_parcel_has_an_empty_list()
    {
        var parcel = Parcel();

        Assert.Empty(Flag([parcel])[parcel.TrackingNumber]);
    }
}
