using System.Text.RegularExpressions;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>
/// The offline engine's issue-14 requests end to end on the demo world: paths between two entities, seizures by goods
/// category and period, "duty on a $300 jacket from the US", and the explorer's selected entity as "this".
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class OfflineNewIntentsTests(WorkbenchFactory factory)
{
    private AssistantService Assistant => factory.Services.GetRequiredService<AssistantService>();

    private Task<AssistantAnswer> AskAsync(System.Security.Claims.ClaimsPrincipal user, string question, PageContextSnapshot? page = null) =>
        Assistant.AskAsync(user, question, page, remember: false);

    [Fact]
    public async Task A_path_between_two_linked_entities_is_answered_step_by_step_in_words_for_analysts_only()
    {
        var graph = factory.Services.GetRequiredService<GraphQueryService>();
        await using var db = factory.CreateDbContext();
        var importer = await db.Importers.AsNoTracking().OrderBy(i => i.Id).Skip(3).FirstAsync();
        var hit = (await graph.SearchAsync(importer.Code, 1)).Single();
        var view = await graph.ExpandAsync([hit.Id], 2, GraphFilter.Investigation, 60);
        var far = view.Nodes.Where(n => n.Id != hit.Id).OrderByDescending(n => n.Label.Length).First();
        var question = $"how is {importer.Code} connected to '{far.Label}'?";

        var analyst = await AskAsync(AssistantTestData.Analyst, question);
        var officer = await AskAsync(AssistantTestData.Officer, question);

        var call = Assert.Single(analyst.ToolCalls, c => c.Function == "path_between");
        Assert.EndsWith(importer.Code, call.Arguments["from"]);
        Assert.Contains("step(s)", analyst.Answer);
        Assert.Contains(far.Label, analyst.Answer);
        Assert.Contains(analyst.Citations, c => c.Link.StartsWith("/intel/explorer?node="));
        Assert.DoesNotMatch(KebabLinkKind, analyst.Answer);
        Assert.Empty(officer.Citations);
        Assert.Contains("Analysts and Supervisors only", officer.Answer);
    }

    [Fact]
    public async Task A_path_to_an_entity_the_graph_does_not_know_says_so()
    {
        var answer = await AskAsync(AssistantTestData.Analyst, "how is 'Nowhere Trading Zzq' connected to 'Neverland Logistics Qqz'?");
        Assert.Contains("is not in the intelligence graph", answer.Answer);
    }

    [Theory]
    [InlineData("narcotics seizures last month", "narcotics", "narcotics")]
    [InlineData("지난달 마약 압수 내역", "narcotics", "마약류")]
    [InlineData("counterfeit seizures this year", "counterfeit", "counterfeit goods")]
    public async Task Seizures_are_filtered_by_goods_category_and_period_and_the_category_is_shown_in_words(string question, string code, string word)
    {
        await using var db = factory.CreateDbContext();

        var answer = await AskAsync(AssistantTestData.Officer, question);

        var call = Assert.Single(answer.ToolCalls, c => c.Function == "find_seizures");
        Assert.Equal(code, call.Arguments["category"]);
        var (from, to) = (DateOnly.Parse(call.Arguments["from"]!), DateOnly.Parse(call.Arguments["to"]!));
        var expected = await db.Seizures.CountAsync(s => s.GoodsCategory == code && s.Date >= from && s.Date <= to);
        Assert.Contains(word, answer.Answer);
        if (expected > 0) Assert.Contains(expected.ToString(), answer.Answer);
        Assert.All(answer.Citations.Where(c => c.Link.StartsWith("/seizures")), c => Assert.True(db.Seizures.Any(s => s.CaseNumber == c.Label && s.GoodsCategory == code)));
    }

    [Theory]
    [InlineData("최근 3개월 마약 압수", false)]
    [InlineData("narcotics seizures in the last 3 months", false)]
    [InlineData("이 수입자의 최근 3개월 마약 압수", true)]
    [InlineData("narcotics seizures of this importer in the last 3 months", true)]
    public async Task On_a_dossier_a_seizure_question_covers_every_importer_unless_it_says_this_importer(string question, bool scoped)
    {
        await using var db = factory.CreateDbContext();
        var importer = await db.Importers.AsNoTracking().Where(i => db.Declarations.Any(d => d.ImporterId == i.Id)).OrderBy(i => i.Id).Skip(2).FirstAsync();
        var declarationId = await db.Declarations.Where(d => d.ImporterId == importer.Id).Select(d => d.Id).FirstAsync();

        var answer = await AskAsync(AssistantTestData.Officer, question, new PageContextSnapshot(declarationId));

        var call = Assert.Single(answer.ToolCalls, c => c.Function == "find_seizures");
        Assert.Equal("narcotics", call.Arguments["category"]);
        if (scoped)
        {
            Assert.Equal("this", call.Arguments["importer"]);
            Assert.Contains(importer.Code, answer.Answer);
        }
        else
        {
            Assert.False(call.Arguments.TryGetValue("importer", out var given) && given is not null, $"scoped to {given}");
            Assert.Matches("전체 수입자|all importers", answer.Answer);
            Assert.DoesNotContain(importer.Code, answer.Answer);
        }
    }

    [Theory]
    [InlineData("duty on a $300 jacket from the US")]
    [InlineData("미국에서 산 300달러짜리 재킷 관세")]
    public async Task Duty_on_a_300_dollar_jacket_from_the_us_is_the_personal_import_estimate(string question)
    {
        var answer = await AskAsync(AssistantTestData.Officer, question);

        var call = Assert.Single(answer.ToolCalls, c => c.Function == "estimate_personal_duty");
        Assert.Equal(("300", "USD", "US"), (call.Arguments["value"], call.Arguments["currency"], call.Arguments["origin"]));
        Assert.Matches("General clearance|일반통관", answer.Answer);
    }

    [Fact]
    public async Task Who_is_this_linked_to_answers_about_the_entity_selected_in_the_explorer()
    {
        var graph = factory.Services.GetRequiredService<GraphQueryService>();
        await using var db = factory.CreateDbContext();
        var importer = await db.Importers.AsNoTracking().OrderBy(i => i.Id).Skip(5).FirstAsync();
        var node = (await graph.SearchAsync(importer.Code, 1)).Single();

        var answer = await AskAsync(AssistantTestData.Analyst, "who is this linked to?", new PageContextSnapshot(GraphEntities: [GraphEntityKeys.Node(node.Id)]));

        // No entity is named: the tool takes the page's (the explorer's selected node).
        Assert.Single(answer.ToolCalls, c => c.Function == "linked_entities");
        Assert.Contains($"linked to {node.Label}", answer.Answer);
        Assert.DoesNotContain("node:", answer.Answer);
    }

    private static readonly Regex KebabLinkKind = new(@"\b(imports-from|declared-by|shares-address|uses-phone|uses-email|shipped-in|carried-by|seized-in|received-parcel|uses-customs-code|imports-tariff|located-in|pays-into)\b");
}
