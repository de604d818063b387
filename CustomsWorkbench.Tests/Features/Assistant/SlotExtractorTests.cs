using CustomsWorkbench.Features.Assistant.Offline;

namespace CustomsWorkbench.Tests.Features.Assistant;

public class SlotExtractorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly SlotExtractor extractor = new([new KnownImporter("IM00000012", "(주)한빛무역"), new KnownImporter("IM00000233", "Seoul Trading Co., Ltd.")]);

    [Theory]
    [InlineData("show last month's seizures from this importer", "2026-10-01", "2026-10-31")]
    [InlineData("지난달 이 수입자 압수 내역 보여줘", "2026-10-01", "2026-10-31")]
    [InlineData("최근 30일 신고 목록", "2026-10-25", "2026-11-24")]
    [InlineData("최근 3개월 마약 압수 사건 보여줘", "2026-08-24", "2026-11-24")]
    [InlineData("narcotics seizures in the last 3 months", "2026-08-24", "2026-11-24")]
    [InlineData("declarations of the past 2 weeks", "2026-11-10", "2026-11-24")]
    [InlineData("declarations in September", "2026-09-01", "2026-09-30")]
    [InlineData("declarations between 2026-08-01 and 2026-08-15", "2026-08-01", "2026-08-15")]
    public void Dates_resolve_against_today(string text, string from, string to)
    {
        var s = extractor.Extract(text, Today);
        Assert.Equal(DateOnly.Parse(from), s.From);
        Assert.Equal(DateOnly.Parse(to), s.To);
    }

    [Fact]
    public void Codes_numbers_and_amounts_are_found()
    {
        var s = extractor.Extract("duty for 8517.13-0000 at CIF 1,500,000 on 41017-26-0001234", Today);
        Assert.Equal("8517130000", s.Tariff);
        Assert.Equal(1_500_000, s.Amount);
        Assert.Equal("41017-26-0001234", s.Declaration);
        Assert.Equal(300_0000, extractor.Extract("8517130000 과세가격 300만원 관세", Today).Amount);
        Assert.Equal("USD", extractor.Extract("a parcel worth USD 180", Today).Currency);
    }

    [Fact]
    public void Importer_names_match_without_legal_suffixes_and_with_korean_particles()
    {
        Assert.Equal("IM00000012", extractor.Extract("한빛무역의 압수 내역", Today).ImporterCode);
        Assert.Equal("IM00000233", extractor.Extract("history of seoul trading", Today).ImporterCode);
        Assert.Equal("IM00000099", extractor.Extract("history of im00000099", Today).ImporterCode);
        Assert.Equal("ko", extractor.Extract("한빛무역", Today).Language);
    }

    [Theory]
    [InlineData("estimate duty for 8517130000 at USD 1,200", 1200, "USD")]
    [InlineData("duty on $850 of 6109100000", 850, "USD")]
    [InlineData("taxes on €640 of toys", 640, "EUR")]
    [InlineData("8517130000 1,200달러 관세", 1200, "USD")]
    [InlineData("6109100000 15만 엔 세금 얼마야", 150000, "JPY")]
    [InlineData("9,800위안짜리 관세", 9800, "CNY")]
    [InlineData("GBP 700 worth of cars", 700, "GBP")]
    [InlineData("과세가격 300만원", 3000000, "KRW")]
    public void Amounts_carry_their_currency(string text, double amount, string currency)
    {
        var s = extractor.Extract(text, Today);
        Assert.Equal(amount, s.Amount);
        Assert.Equal(currency, s.Currency);
    }

    [Fact]
    public void Channels_and_note_text_are_read()
    {
        Assert.Equal("Red", extractor.Extract("이 신고건 빨간 채널로 지정해줘", Today).Channel);
        Assert.Equal("Yellow", extractor.Extract("move it to yellow", Today).Channel);
        Assert.Equal("Green", extractor.Extract("이 건 초록으로 돌려줘", Today).Channel);
        Assert.Equal("Yellow", extractor.Extract("옐로 채널로 옮겨줘", Today).Channel);
        Assert.Equal("documents requested", extractor.Extract("add a note: documents requested", Today).NoteText);
    }
}
