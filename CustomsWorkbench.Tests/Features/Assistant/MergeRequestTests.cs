using CustomsWorkbench.Features.Assistant.Offline;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>Which entity stays and which is merged, from the user's own words (English and Korean, quoted or not).</summary>
public class MergeRequestTests
{
    private static readonly SlotExtractor Names = new(IntentClassifier.ShippedImporters());

    [Theory]
    [InlineData("merge 'Hanbit Trading' into 'Hanbit Trading Co.'", "Hanbit Trading Co.", "Hanbit Trading")]
    [InlineData("please merge \"Sejin Logistics\" with \"Sejin Logistics Ltd\"", "Sejin Logistics Ltd", "Sejin Logistics")]
    [InlineData("merge IM00000107 into IM00000012", "importer:IM00000012", "importer:IM00000107")]
    [InlineData("Seoul Trading and Korea Parts are the same company, merge them", "importer:IM00000233", "importer:IM00000678")]
    [InlineData("merge Blue Ocean into Blue Ocean Co", "Blue Ocean Co", "Blue Ocean")]
    [InlineData("Mirae Global is a duplicate of Mirae Global Inc", "Mirae Global Inc", "Mirae Global")]
    [InlineData("한결무역과 한결무역(주)를 같은 업체로 병합 제안해줘", "한결무역", "한결무역(주)")]
    [InlineData("'세진물류'를 '세진물류 주식회사'에 병합해줘", "세진물류 주식회사", "세진물류")]
    [InlineData("블루오션을 (주)블루오션으로 병합", "(주)블루오션", "블루오션")]
    [InlineData("한빛무역와 대성상사를 같은 업체로 병합 제안해줘", "importer:IM00000012", "importer:IM00000107")]
    public void Both_entities_and_the_direction_are_read(string text, string keep, string merge) =>
        Assert.Equal(new MergeRequest(keep, merge), MergeRequest.Parse(text, Names));

    [Theory]
    [InlineData("merge these")]
    [InlineData("병합해줘")]
    public void A_request_naming_fewer_than_two_entities_yields_nothing(string text) => Assert.Null(MergeRequest.Parse(text, Names));

    [Theory]
    [InlineData("merge '(주) 새한 전자' into '새한전자 주식회사'", "en")]
    [InlineData("'(주) 새한 전자'를 '새한전자 주식회사'에 병합해줘", "ko")]
    public void Quoted_korean_names_do_not_make_an_english_request_korean(string text, string language) =>
        Assert.Equal(language, Names.Extract(text, new DateOnly(2026, 11, 24)).Language);
}
