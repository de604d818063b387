using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Planting;
using CustomsWorkbench.Tests.Features.Intelligence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>
/// "Merge X into Y" with no LLM: the offline engine proposes through the actions plugin, nothing changes until the analyst
/// confirms, then the intelligence module's real merger merges and audits; an officer gets no proposal.
/// </summary>
public class AssistantMergeConversationTests(IntelligenceTestFactory factory) : IClassFixture<IntelligenceTestFactory>
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task An_analyst_asks_confirms_and_the_real_merger_merges_and_audits_an_officer_is_refused()
    {
        await using var db = factory.CreateDbContext();
        var truth = await db.Set<IntelligenceGroundTruth>().Where(t => t.Kind == IntelligenceDemoPlanting.DuplicateKind).OrderBy(t => t.Id).FirstAsync();
        var importers = db.Set<GraphNode>().AsNoTracking().Where(n => n.Kind == NodeKind.Importer);
        var original = await importers.SingleAsync(n => n.SourceId == truth.RelatedId);
        var duplicate = await importers.SingleAsync(n => n.SourceId == truth.EntityId);
        var question = $"merge '{duplicate.Label}' into '{original.Label}'";

        var officer = await Get<AssistantService>().AskAsync(AssistantTestData.Officer, question, remember: false);
        Assert.Empty(officer.ProposedActions);
        Assert.Contains("analysts and supervisors", officer.Answer);

        var asked = await Get<AssistantService>().AskAsync(AssistantTestData.Analyst, question, remember: false);
        var proposal = Assert.Single(asked.ProposedActions);
        Assert.Equal(ProposalKinds.MergeEntities, proposal.Kind);
        var call = Assert.Single(asked.ToolCalls, c => c.Plugin == "actions" && c.Function == "propose_entity_merge");
        Assert.Equal(original.Label, call.Arguments["keep"]);
        Assert.Equal(duplicate.Label, call.Arguments["merge"]);
        Assert.Contains("press Confirm", asked.Answer);
        Assert.Null((await importers.SingleAsync(n => n.Id == duplicate.Id)).MergedIntoId);

        // The officer cannot confirm the analyst's proposal; the analyst can, once.
        Assert.False((await Get<ProposalService>().ConfirmAsync(proposal.Id, AssistantTestData.Officer)).Executed);
        var done = await Get<ProposalService>().ConfirmAsync(proposal.Id, AssistantTestData.Analyst);
        Assert.True(done.Executed, done.Message);

        Assert.Equal(original.Id, (await importers.SingleAsync(n => n.Id == duplicate.Id)).MergedIntoId);
        Assert.Equal(CustomsWorkbench.Features.Assistant.Model.ProposalStatus.Confirmed, (await db.Set<AssistantProposal>().AsNoTracking().SingleAsync(p => p.Id == proposal.Id)).Status);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "assistant.action-proposed" && a.Actor == "analyst"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "assistant.action-confirmed" && a.Actor == "analyst"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "intel.merge.accept" && a.EntityId == duplicate.Id.ToString() && a.Actor == "analyst"));
        Assert.False((await Get<ProposalService>().ConfirmAsync(proposal.Id, AssistantTestData.Analyst)).Executed);
    }

    [Fact]
    public async Task The_korean_request_proposes_the_same_merge()
    {
        await using var db = factory.CreateDbContext();
        var truth = await db.Set<IntelligenceGroundTruth>().Where(t => t.Kind == IntelligenceDemoPlanting.DuplicateKind).OrderBy(t => t.Id).Skip(1).FirstAsync();
        var importers = db.Set<GraphNode>().AsNoTracking().Where(n => n.Kind == NodeKind.Importer);
        var original = await importers.SingleAsync(n => n.SourceId == truth.RelatedId);
        var duplicate = await importers.SingleAsync(n => n.SourceId == truth.EntityId);

        var asked = await Get<AssistantService>().AskAsync(AssistantTestData.Analyst, $"'{original.Label}'와 '{duplicate.Label}'를 같은 업체로 병합 제안해줘", remember: false);

        Assert.True(asked.ProposedActions.Count == 1, $"{original.Label} / {duplicate.Label}: {asked.Answer}");
        var proposal = asked.ProposedActions[0];
        Assert.Equal(ProposalKinds.MergeEntities, proposal.Kind);
        Assert.Equal(original.Label, proposal.TargetId);
        Assert.Contains("확인을 누르면", asked.Answer);
        Assert.Null((await importers.SingleAsync(n => n.Id == duplicate.Id)).MergedIntoId);
    }
}
