using CustomsWorkbench.Features.Assistant.Offline;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The slots of the issue-14 requests: goods categories (ko/en synonyms → seizure codes), release or hold, path ends.</summary>
public class NewIntentSlotTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly SlotExtractor Names = new(IntentClassifier.ShippedImporters());

    [Theory]
    [InlineData("narcotics seizures last month", "narcotics")]
    [InlineData("drug seizures this month", "narcotics")]
    [InlineData("지난달 마약 압수 내역", "narcotics")]
    [InlineData("필로폰 압수 건", "narcotics")]
    [InlineData("firearms seized last week", "weapons")]
    [InlineData("총기 압수 사건", "weapons")]
    [InlineData("fake goods seized from IM00000012", "counterfeit")]
    [InlineData("짝퉁 압수 목록", "counterfeit")]
    [InlineData("cigarette seizures", "tobacco")]
    [InlineData("외화 압수 내역", "currency")]
    [InlineData("ivory and other wildlife seizures", "wildlife")]
    public void Category_words_map_to_the_seizure_codes(string text, string code) =>
        Assert.Equal(code, Names.Extract(text, Today).GoodsCategory);

    [Fact]
    public void No_category_word_means_no_filter_and_codes_show_as_words()
    {
        Assert.Null(Names.Extract("seizures last month", Today).GoodsCategory);
        Assert.Equal("마약류", GoodsCategoryWords.Word("narcotics", korean: true));
        Assert.Equal("counterfeit goods", GoodsCategoryWords.Word("counterfeit", korean: false));
        Assert.Equal("other goods", GoodsCategoryWords.Word("something-new", korean: false));
    }

    [Fact]
    public void Narcotics_seizures_last_month_has_category_and_period()
    {
        var s = Names.Extract("narcotics seizures last month", Today);
        Assert.Equal(("narcotics", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), (s.GoodsCategory, s.From!.Value, s.To!.Value));
    }

    [Theory]
    [InlineData("release declaration 41017-26-0001234", "release", "41017-26-0001234")]
    [InlineData("hold declaration 41017-26-0001234", "hold", "41017-26-0001234")]
    [InlineData("put 41034-26-0004567 on hold", "hold", "41034-26-0004567")]
    [InlineData("hold off on clearing 41034-26-0004567, put it on hold", "hold", "41034-26-0004567")]
    [InlineData("41051-26-0007788 반출 승인해줘", "release", "41051-26-0007788")]
    [InlineData("41051-26-0007788 통관 보류해줘", "hold", "41051-26-0007788")]
    [InlineData("신고 41051-26-0007788 수리해줘", "release", "41051-26-0007788")]
    public void Release_or_hold_and_the_named_declaration_are_read(string text, string decision, string declaration)
    {
        var s = Names.Extract(text, Today);
        Assert.Equal((decision, declaration), (s.Decision, s.Declaration));
    }

    [Theory]
    [InlineData("how is IM00000012 connected to IM00000107?", "importer:IM00000012", "importer:IM00000107")]
    [InlineData("path between Seoul Trading and Korea Parts", "importer:IM00000233", "importer:IM00000678")]
    [InlineData("show the shortest path from Blue Ocean to Mirae Global Inc", "Blue Ocean", "Mirae Global Inc")]
    [InlineData("is there a path between Sejin Logistics and Hanbit Trading?", "Sejin Logistics", "Hanbit Trading")]
    [InlineData("how is 'Blue Ocean Co' connected to 'Sejin Logistics Ltd'?", "Blue Ocean Co", "Sejin Logistics Ltd")]
    [InlineData("세진물류와 블루오션 사이 연결 경로 보여줘", "세진물류", "블루오션")]
    [InlineData("한결무역에서 금강상사까지 최단 경로", "한결무역", "금강상사")]
    [InlineData("한빛무역와 대성상사 사이 연결 경로 보여줘", "importer:IM00000012", "importer:IM00000107")]
    public void Both_ends_of_a_path_request_are_read(string text, string from, string to) =>
        Assert.Equal(new PathRequest(from, to), PathRequest.Parse(text, Names));

    [Theory]
    [InlineData("show me a path")]
    [InlineData("경로 보여줘")]
    public void A_path_request_naming_fewer_than_two_entities_yields_nothing(string text) => Assert.Null(PathRequest.Parse(text, Names));
}
