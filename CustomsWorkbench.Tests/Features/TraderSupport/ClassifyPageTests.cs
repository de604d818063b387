using Bunit;
using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Features.TraderSupport.Classification;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Tests.Components;
using CustomsWorkbench.Tests.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

public class ClassifyPageTests : ComponentTestContext, IAsyncLifetime
{
    private readonly FakeClassifier classifier = new();
    // The officer's choice is stored for real: a migrated database with the audit log, no demo world.
    private readonly AuditTestDatabase database = AuditTestDatabase.CreateAsync().GetAwaiter().GetResult();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await database.DisposeAsync();
    }

    public ClassifyPageTests() : base("ko-KR")
    {
        Services.AddSingleton<ITariffClassifier>(classifier);
        Services.AddSingleton(new ClassificationDecisions(database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>(), database.Log, TimeProvider.System));
        SignInAs("officer", Roles.Officer);
    }

    [Fact]
    public void Classifying_shows_ranked_codes_with_confidence_and_the_reasons_in_korean()
    {
        var cut = Render<ClassifyPage>();
        cut.Find("textarea[data-testid=classify-description]").Change("무선 블루투스 이어폰");
        cut.Find("input[data-testid=classify-origin]").Change("CN");

        cut.Find("[data-testid=classify-submit]").Click();

        Assert.Equal(new ClassificationRequest("무선 블루투스 이어폰", null, null, "CN"), classifier.Last);
        var codes = cut.FindAll("[data-testid=classify-code]").Select(e => e.TextContent).ToList();
        Assert.Equal(["8518300000", "851810"], codes);
        Assert.Contains("헤드폰 및 이어폰", cut.Markup);
        Assert.Contains("신뢰도 82%", cut.FindAll("[data-testid=classify-confidence]")[0].TextContent.Replace('\u00a0', ' '));
        Assert.Contains("원산지: CN", cut.Markup);
        // Reasons: section, chapter, heading, matched texts and similar past declarations.
        Assert.Contains("XVI Machinery", cut.Markup);
        Assert.Contains("용어 사전", cut.Markup);
        Assert.Contains("블루투스 이어폰", cut.Markup);
        Assert.Contains("12건 신고", cut.Markup);
        Assert.DoesNotContain("data-testid=\"classify-error\"", cut.Markup);
    }

    [Fact]
    public void Similar_past_declarations_show_their_similarity_and_an_unmatched_code_text_is_not_a_zero_match()
    {
        var cut = Render<ClassifyPage>();
        cut.Find("textarea[data-testid=classify-description]").Change("무선 블루투스 이어폰");

        cut.Find("[data-testid=classify-submit]").Click();

        Assert.Equal("(유사도 0.80)", cut.Find("[data-testid=classify-similar-score]").TextContent);
        Assert.Contains("유사도 0.91", cut.Markup);
        Assert.Contains("해당 코드의 품명, 공통 단어 없음", cut.Markup);
        Assert.DoesNotContain("0.00", cut.Markup);
    }

    [Fact]
    public void An_empty_description_is_explained_and_nothing_is_asked()
    {
        var cut = Render<ClassifyPage>();
        cut.Find("input[data-testid=classify-material]").Change("플라스틱");

        cut.Find("[data-testid=classify-submit]").Click();

        Assert.Null(classifier.Last);
        Assert.Contains("물품 설명을 입력하세요", cut.Find("[data-testid=classify-error]").TextContent);
        Assert.Equal("플라스틱", cut.Find("input[data-testid=classify-material]").GetAttribute("value"));
    }

    [Fact]
    public async Task Using_a_suggested_code_records_it_against_the_top_suggestion_and_a_new_classification_asks_again()
    {
        var cut = Render<ClassifyPage>();
        cut.Find("textarea[data-testid=classify-description]").Change("무선 블루투스 이어폰");
        cut.Find("[data-testid=classify-submit]").Click();

        cut.Find("[data-testid=classify-use-2]").Click();

        cut.WaitForAssertion(() => Assert.Contains("첫 제안 8518300000 대신 851810", cut.Find("[data-testid=classify-choice-recorded]").TextContent));
        Assert.True(cut.Find("[data-testid=classify-use-1]").HasAttribute("disabled"));
        await using (var db = database.CreateDbContext())
        {
            var stored = await db.Set<ClassificationDecision>().SingleAsync();
            Assert.Equal(("officer", "851810", 2, false, "hs-classifier-20261202-1"), (stored.DecidedBy, stored.ChosenCode, stored.ChosenRank ?? 0, stored.FollowedSuggestion, stored.ModelVersion));
        }

        cut.Find("[data-testid=classify-submit]").Click();

        Assert.Empty(cut.FindAll("[data-testid=classify-choice-recorded]"));
        Assert.False(cut.Find("[data-testid=classify-use-1]").HasAttribute("disabled"));
    }

    [Fact]
    public void An_own_code_that_is_not_a_code_is_explained_and_not_stored()
    {
        var cut = Render<ClassifyPage>();
        cut.Find("textarea[data-testid=classify-description]").Change("무선 블루투스 이어폰");
        cut.Find("[data-testid=classify-submit]").Click();

        cut.Find("input[data-testid=classify-own-code]").Change("8518x");
        cut.Find("[data-testid=classify-use-own]").Click();

        cut.WaitForAssertion(() => Assert.Contains("6–10자리", cut.Find("[data-testid=classify-choice-error]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=classify-choice-recorded]"));
    }

    private sealed class FakeClassifier : ITariffClassifier
    {
        public ClassificationRequest? Last { get; private set; }

        public Task<ClassificationResult> ClassifyAsync(ClassificationRequest request, CancellationToken ct = default)
        {
            Last = request;
            var reasons = new SuggestionReasons([new("glossary", "블루투스 이어폰", 0.91), new("nomenclature", "Headphones and earphones", 0.2), new("nomenclature", "Microphones; headphones and earphones", 0)],
                "XVI Machinery and mechanical appliances", "85 Electrical machinery", "8518 Microphones; headphones and earphones",
                [new SimilarDeclaration("블루투스 무선 이어폰", "8518300000", 12, 0.8)]);
            return Task.FromResult(new ClassificationResult(
            [
                new TariffSuggestion("8518300000", "851830", 0.82, "Headphones and earphones", "헤드폰 및 이어폰", reasons),
                new TariffSuggestion("851810", "851810", 0.05, "Microphones and stands therefor", null, reasons with { SimilarDeclarations = [] }),
            ], "hs-classifier-20261202-1"));
        }
    }
}
