using CustomsWorkbench.Features.Assistant;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The assistant drafts letters for other features: offline as grounded, reworded by a configured endpoint only when no fact is lost.</summary>
public class LetterWriterTests : IAsyncLifetime
{
    private static readonly LetterRequest Request = new("fta-savings", "FTA 특혜관세 활용 안내 / Notice",
        "주식회사 한빛 귀하\n추정 절감액 약 1,234,567원\n26001-25-000123 | 2026-03-02 | 8518300000\nDear Hanbit,\nabout KRW 1,234,567", ["1,234,567", "26001-25-000123"]);

    private LoopbackOpenAiServer llm = null!;

    public async Task InitializeAsync() => llm = await LoopbackOpenAiServer.StartAsync();
    public async Task DisposeAsync() => await llm.DisposeAsync();

    private LetterWriter Writer(bool withEndpoint) => new(Options.Create(new AssistantOptions
    {
        Endpoint = withEndpoint ? llm.BaseUrl + "/v1" : null, Model = withEndpoint ? "loopback" : null,
    }), NullLogger<LetterWriter>.Instance);

    [Fact]
    public async Task Offline_the_grounded_draft_is_the_letter()
    {
        var letter = await Writer(withEndpoint: false).DraftAsync(Request);

        Assert.Equal((Request.Subject, Request.Body, "offline"), (letter.Subject, letter.Body, letter.DraftedBy));
        Assert.Empty(llm.Requests);
    }

    [Fact]
    public async Task With_an_endpoint_the_model_rewords_the_draft_it_was_sent()
    {
        llm.TextReply = _ => "한빛 귀하, 약 1,234,567원을 절감하실 수 있습니다 (26001-25-000123).\nDear Hanbit, you could save about KRW 1,234,567.";

        var letter = await Writer(withEndpoint: true).DraftAsync(Request);

        Assert.Equal("llm:loopback", letter.DraftedBy);
        Assert.StartsWith("한빛 귀하", letter.Body);
        Assert.Equal(Request.Subject, letter.Subject);
        var sent = Assert.Single(llm.Requests).ToJsonString();
        Assert.Contains("26001-25-000123", sent);
    }

    [Fact]
    public async Task A_rewording_that_drops_a_figure_is_not_used()
    {
        llm.TextReply = _ => "한빛 귀하, 상당한 금액을 절감하실 수 있습니다.";

        var letter = await Writer(withEndpoint: true).DraftAsync(Request);

        Assert.Equal((Request.Body, "offline"), (letter.Body, letter.DraftedBy));
    }

    [Fact]
    public async Task An_unreachable_endpoint_falls_back_to_the_grounded_draft()
    {
        var writer = new LetterWriter(Options.Create(new AssistantOptions { Endpoint = "http://127.0.0.1:9/v1", Model = "none" }),
            NullLogger<LetterWriter>.Instance);

        var letter = await writer.DraftAsync(Request);

        Assert.Equal((Request.Body, "offline"), (letter.Body, letter.DraftedBy));
    }
}
