using System.Security.Claims;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Planting;
using CustomsWorkbench.Features.Intelligence.Resolution;
using CustomsWorkbench.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>A confirmed assistant "merge-entities" proposal merges through the resolution service: audited, reversible.</summary>
public class AssistantMergeTests(IntelligenceTestFactory factory) : IClassFixture<IntelligenceTestFactory>
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private static ClaimsPrincipal Analyst => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "analyst"), new Claim(ClaimTypes.Role, Roles.Analyst)], "test"));

    /// <summary>A planted duplicate importer pair as graph nodes: (original, duplicate).</summary>
    private async Task<(GraphNode Original, GraphNode Duplicate)> PlantedPairAsync(int skip)
    {
        await using var db = factory.CreateDbContext();
        var truth = await db.Set<IntelligenceGroundTruth>().Where(t => t.Kind == IntelligenceDemoPlanting.DuplicateKind)
            .OrderBy(t => t.Id).Skip(skip).FirstAsync();
        var importers = db.Set<GraphNode>().Where(n => n.Kind == NodeKind.Importer);
        return (await importers.SingleAsync(n => n.SourceId == truth.RelatedId), await importers.SingleAsync(n => n.SourceId == truth.EntityId));
    }

    [Fact]
    public async Task A_confirmed_merge_proposal_merges_the_entities_as_the_user_and_can_be_undone()
    {
        var (original, duplicate) = await PlantedPairAsync(skip: 0);
        var proposals = Get<ProposalService>();
        var turn = new AssistantTurn(Analyst, new PageContextSnapshot());
        var proposed = await proposals.ProposeAsync(turn, ProposalKinds.MergeEntities, "GraphEntity", $"importer:{original.Key}",
            $"Merge {duplicate.Label} into {original.Label}", new { merge = $"node:{duplicate.Id}", reason = "same business number" }, default);

        var before = await Get<GraphIndex>().GetAsync();
        var result = await proposals.ConfirmAsync(proposed.Id, Analyst);
        Assert.True(result.Executed, result.Message);

        await using var db = factory.CreateDbContext();
        Assert.Equal(original.Id, (await db.Set<GraphNode>().AsNoTracking().SingleAsync(n => n.Id == duplicate.Id)).MergedIntoId);
        var stored = await db.Set<ResolutionProposal>().AsNoTracking()
            .SingleAsync(p => p.SurvivorNodeId == original.Id && p.DuplicateNodeId == duplicate.Id && p.Status == ProposalStatus.Accepted);
        Assert.Equal("analyst", stored.DecidedBy);
        Assert.Contains("same business number", stored.Evidence);
        var graph = await Get<GraphIndex>().GetAsync();
        Assert.NotSame(before, graph);
        Assert.True(graph.TryIndexOf(duplicate.Id, out var merged) && graph.TryIndexOf(original.Id, out var survivor) && merged == survivor);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "intel.merge.accept" && a.EntityId == duplicate.Id.ToString() && a.Actor == "analyst"));

        Assert.True(await Get<ResolutionService>().UndoAsync(stored.Id, "analyst"));
        Assert.Null((await db.Set<GraphNode>().AsNoTracking().SingleAsync(n => n.Id == duplicate.Id)).MergedIntoId);
    }

    [Fact]
    public async Task Unknown_ambiguous_or_mismatched_entities_are_refused_and_nothing_changes()
    {
        var (original, duplicate) = await PlantedPairAsync(skip: 1);
        var merger = Get<IAssistantEntityMerger>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => merger.MergeAsync($"node:{original.Id}", "no such company anywhere", "x", "analyst", default));
        await using var db = factory.CreateDbContext();
        var phone = await db.Set<GraphNode>().FirstAsync(n => n.Kind == NodeKind.Phone);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => merger.MergeAsync($"{original.Id}", $"{phone.Id}", "x", "analyst", default));
        Assert.Contains("same kind", refused.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => merger.MergeAsync($"{original.Id}", $"{original.Id}", "x", "analyst", default));
        Assert.Null((await db.Set<GraphNode>().AsNoTracking().SingleAsync(n => n.Id == duplicate.Id)).MergedIntoId);

        // By kind and key, and by exact name, the entities resolve; the merge then succeeds.
        Assert.Equal(duplicate.Id, await Get<AssistantEntityMerger>().ResolveAsync(duplicate.Label));
        await merger.MergeAsync($"importer:{original.Key}", duplicate.Label, "same phone", "analyst", default);
        Assert.Equal(original.Id, (await db.Set<GraphNode>().AsNoTracking().SingleAsync(n => n.Id == duplicate.Id)).MergedIntoId);
    }
}
