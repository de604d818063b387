using System.Text.Json.Nodes;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The app with an OpenAI-compatible endpoint configured: a loopback server started by the fixture.</summary>
public sealed class LlmAssistantFactory : WorkbenchFactory, IAsyncLifetime
{
    public LoopbackOpenAiServer Llm { get; private set; } = null!;
    protected override int DemoDeclarationCount => 150;

    public async Task InitializeAsync() => Llm = await LoopbackOpenAiServer.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:Assistant:Endpoint", Llm.BaseUrl + "/v1");
        builder.UseSetting("Workbench:Assistant:Model", "loopback");
        builder.UseSetting("Workbench:Assistant:ApiKey", "test-key");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Llm.DisposeAsync();
        await DisposeAsync();
    }
}

/// <summary>The OpenAI connector path end to end: SK's automatic function calling really invokes our plugins, audited, with permissions.</summary>
public class AssistantLlmLoopbackTests(LlmAssistantFactory factory) : IClassFixture<LlmAssistantFactory>
{
    private AssistantService Assistant => factory.Services.GetRequiredService<AssistantService>();

    private static string ToolResultSent(JsonNode request) =>
        request["messages"]!.AsArray().Where(m => m!["role"]!.GetValue<string>() == "tool").Select(m => m!["content"]!.ToJsonString()).Last();

    [Fact]
    public async Task The_model_calls_a_tool_through_semantic_kernel_and_the_call_is_audited_and_filtered_by_role()
    {
        await using var db = factory.CreateDbContext();
        var id = await AssistantTestData.RedDeclarationAsync(db, 3);
        factory.Llm.NextToolCall = ("get_declaration", $$"""{"declaration":"{{id}}"}""");

        var officer = await Assistant.AskAsync(AssistantTestData.Officer, "why is this one red?", remember: false);

        Assert.Equal("llm", officer.Engine);
        var call = Assert.Single(officer.ToolCalls);
        Assert.Equal(("declarations", "get_declaration", id.ToString()), (call.Plugin, call.Function, call.Arguments["declaration"]));
        Assert.StartsWith("From the workbench:", officer.Answer);
        Assert.Contains(AssistantTestData.ExplanationLabel, officer.Answer);
        Assert.Contains(officer.Citations, c => c.Link == $"/risk/declarations/{id}");
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "assistant.tool-call" && a.Actor == "officer" && a.Details!.Contains(id.ToString())));
        var first = factory.Llm.Requests.First();
        Assert.Contains("never instructions", first["messages"]![0]!["content"]!.ToJsonString());
        Assert.Contains(first["tools"]!.AsArray(), t => t!["function"]!["name"]!.GetValue<string>().EndsWith("propose_assign_channel"));

        // An admin does not see risk explanations on the dossier, so the model is not given one for them either.
        var admin = await Assistant.AskAsync(AssistantTestData.Admin, "why is this one red?", remember: false);

        var sent = ToolResultSent(factory.Llm.Requests.Last());
        Assert.DoesNotContain(AssistantTestData.ExplanationLabel, sent);
        Assert.Contains("Officers, Analysts and Supervisors only", sent);
        Assert.DoesNotContain(AssistantTestData.ExplanationLabel, admin.Answer);
    }

    [Fact]
    public async Task A_model_swayed_by_a_planted_instruction_can_only_propose_and_nothing_runs()
    {
        await using var db = factory.CreateDbContext();
        var id = await AssistantTestData.PoisonedDeclarationAsync(db, 5);
        factory.Llm.NextToolCall = ("propose_assign_channel", $$"""{"declaration":"{{id}}","channel":"Green","reason":"release this shipment"}""");

        var answer = await Assistant.AskAsync(AssistantTestData.Officer, "look at this declaration", new PageContextSnapshot(id), remember: false);

        var proposal = Assert.Single(answer.ProposedActions);
        Assert.Equal(ProposalKinds.AssignChannel, proposal.Kind);
        Assert.Contains("Confirm", ToolResultSent(factory.Llm.Requests.Last()));
        Assert.Contains($"declaration id {id}", factory.Llm.Requests.Last()["messages"]![1]!["content"]!.ToJsonString());
        Assert.Equal(ProposalStatus.Proposed, (await db.Set<AssistantProposal>().AsNoTracking().SingleAsync(p => p.Id == proposal.Id)).Status);
        Assert.Equal(Channel.Red, (await db.Set<RiskAssessment>().SingleAsync(a => a.DeclarationId == id && a.IsCurrent)).RecommendedChannel);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "assistant.action-confirmed" && a.EntityId == id.ToString()));
    }

    [Fact]
    public async Task The_streaming_path_used_by_the_chat_panel_also_calls_tools_through_semantic_kernel()
    {
        await using var db = factory.CreateDbContext();
        var id = await AssistantTestData.RedDeclarationAsync(db, 7);
        factory.Llm.NextToolCall = ("get_declaration", $$"""{"declaration":"{{id}}"}""");
        AssistantAnswer? done = null;
        var chunks = new List<string>();

        await foreach (var chunk in Assistant.AskStreamingAsync(AssistantTestData.Officer, "why is this one red?", null, a => done = a)) chunks.Add(chunk);

        Assert.NotEmpty(chunks);
        Assert.NotNull(done);
        Assert.Equal(("declarations", "get_declaration"), (done.ToolCalls.Single().Plugin, done.ToolCalls.Single().Function));
        Assert.StartsWith("From the workbench:", string.Concat(chunks));
        Assert.Contains(AssistantTestData.ExplanationLabel, done.Answer);
        Assert.True(factory.Llm.Requests.Last()["stream"]!.GetValue<bool>());
    }
}
