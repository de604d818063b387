using System.Security.Claims;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Features.Assistant.Plugins;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The merge-entities proposal: refused plainly without a merger, executed only on confirmation with one, refusals reported.</summary>
[Collection(WorkbenchCollection.Name)]
public class EntityMergeProposalTests(WorkbenchFactory factory)
{
    private sealed class RecordingMerger : IAssistantEntityMerger
    {
        public List<(string Keep, string Merge, string User)> Merges { get; } = [];

        public Task MergeAsync(string keepEntity, string mergeEntity, string reason, string user, CancellationToken ct)
        {
            if (mergeEntity == "importer:UNKNOWN") throw new InvalidOperationException("No entity importer:UNKNOWN in the graph.");
            Merges.Add((keepEntity, mergeEntity, user));
            return Task.CompletedTask;
        }
    }

    private (ProposalService Proposals, ActionsPlugin Actions, AssistantTurn Turn) Build(IAssistantEntityMerger? merger, string role = Roles.Analyst)
    {
        var services = new ServiceCollection();
        if (merger is not null) services.AddSingleton(merger);
        var proposals = new ProposalService(factory.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>(), factory.Services.GetRequiredService<IAuditLog>(),
            factory.Services.GetRequiredService<DeclarationNotes>(), services.BuildServiceProvider());
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "analyst"), new Claim(ClaimTypes.Role, role)], "test"));
        var turn = new AssistantTurn(user, new PageContextSnapshot(null, null, null, null));
        return (proposals, new ActionsPlugin(proposals, factory.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>(), turn), turn);
    }

    [Fact]
    public async Task Without_a_merger_nothing_is_proposed_and_the_answer_says_why()
    {
        var (_, actions, turn) = Build(merger: null);
        var answer = await actions.MergeAsync("importer:IM00000012", "importer:IM00000107", "same address");
        Assert.Null(answer.Proposal);
        Assert.Equal(ActionsPlugin.MergeUnavailable, answer.Message);
        Assert.Empty(turn.Proposals);
    }

    [Fact]
    public async Task With_a_merger_the_merge_runs_only_when_the_same_user_confirms_and_refusals_come_back()
    {
        var merger = new RecordingMerger();
        var (proposals, actions, turn) = Build(merger);
        var proposal = (await actions.MergeAsync("importer:IM00000012", "importer:IM00000107", "same director")).Proposal!;
        Assert.Empty(merger.Merges);
        Assert.Equal("An entity cannot be merged into itself.", (await actions.MergeAsync("importer:IM1", "importer:im1", "x")).Message);

        var done = await proposals.ConfirmAsync(proposal.Id, turn.User);
        Assert.True(done.Executed, done.Message);
        Assert.Equal([("importer:IM00000012", "importer:IM00000107", "analyst")], merger.Merges);
        Assert.False((await proposals.ConfirmAsync(proposal.Id, turn.User)).Executed);

        var bad = (await actions.MergeAsync("importer:IM00000012", "importer:UNKNOWN", "typo")).Proposal!;
        var refused = await proposals.ConfirmAsync(bad.Id, turn.User);
        Assert.False(refused.Executed);
        Assert.Equal("No entity importer:UNKNOWN in the graph.", refused.Message);
        await using var db = factory.CreateDbContext();
        Assert.Equal(ProposalStatus.Failed, (await db.Set<AssistantProposal>().SingleAsync(p => p.Id == bad.Id)).Status);

        var (_, officerActions, _) = Build(merger, Roles.Officer);
        Assert.Null((await officerActions.MergeAsync("importer:IM00000012", "importer:IM00000107", "x")).Proposal);
    }
}
