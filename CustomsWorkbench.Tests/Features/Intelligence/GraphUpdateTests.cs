using System.Net;
using System.Net.Http.Json;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Resolution;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>Graph changes: imports patch it, merges reshape it and undo restores it; each on an isolated database.</summary>
public class GraphUpdateTests(IntelligenceTestFactory factory) : IClassFixture<IntelligenceTestFactory>
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task Imported_declarations_appear_in_the_stored_graph_and_the_live_index()
    {
        var before = await Get<GraphIndex>().GetAsync();
        var path = BacudaFile.WriteTemp(BacudaFile.Text("GRAPH", 12));
        var report = await Get<DeclarationImportService>().ImportFileAsync(path, "graph.csv", "test");
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));

        await using var db = factory.CreateDbContext();
        var importer = await db.Set<GraphNode>().SingleAsync(n => n.Kind == NodeKind.Importer && n.Key == "GRAPHIMP1");
        var link = await db.Set<GraphLink>().SingleAsync(l => l.FromId == importer.Id && l.Kind == LinkKind.DeclaredBy);
        var evidence = await db.Set<GraphLinkEvidence>().Where(e => e.LinkId == link.Id).Select(e => e.Reference).ToListAsync();
        Assert.Contains("GRAPH0000001", evidence);
        Assert.Equal(link.EvidenceCount, evidence.Count);

        var after = await Get<GraphIndex>().GetAsync();
        Assert.NotSame(before, after);
        Assert.True(after.TryIndexOf(importer.Id, out var index));
        Assert.True(after.Degree(index) >= 2);

        // Importing the same rows again adds no evidence twice.
        var again = await Get<GraphBuilder>().AddDeclarationsAsync(await db.Declarations.Where(d => d.Number.StartsWith("GRAPH")).Select(d => d.Id).ToListAsync());
        Assert.Equal(0, again.EvidenceAdded);
    }

    [Fact]
    public async Task Accepting_a_proposal_merges_the_duplicate_into_the_survivor_and_undo_splits_them_again()
    {
        var resolution = Get<ResolutionService>();
        await resolution.RefreshProposalsAsync();
        Assert.Equal(0, await resolution.RefreshProposalsAsync()); // the same pairs are not proposed twice
        Assert.True((await resolution.ListAsync(null)).Count >= 5);
        var proposal = (await resolution.ListAsync(ProposalStatus.Pending)).First(p => p.Kind == NodeKind.Importer);
        Assert.NotEmpty(proposal.Evidence);

        var query = Get<GraphQueryService>();
        var duplicateLinks = (await query.ExpandAsync([proposal.DuplicateNodeId], 1, GraphFilter.All)).Links.Count;
        var survivorBefore = (await query.ExpandAsync([proposal.SurvivorNodeId], 1, GraphFilter.All)).Nodes.Count;

        Assert.True(await resolution.AcceptAsync(proposal.Id, "analyst"));
        Assert.False(await resolution.AcceptAsync(proposal.Id, "analyst"));
        var merged = await query.ExpandAsync([proposal.SurvivorNodeId], 1, GraphFilter.All);
        Assert.DoesNotContain(merged.Nodes, n => n.Id == proposal.DuplicateNodeId);
        Assert.True(merged.Nodes.Count >= survivorBefore);
        // Searching or expanding the duplicate lands on the survivor.
        var viaDuplicate = await query.ExpandAsync([proposal.DuplicateNodeId], 0, GraphFilter.All);
        Assert.Equal(proposal.SurvivorNodeId, Assert.Single(viaDuplicate.Nodes).Id);
        var details = await query.DetailsAsync(proposal.SurvivorNodeId);
        Assert.Contains(details!.MergedFrom, m => m.Id == proposal.DuplicateNodeId);

        Assert.True(await resolution.UndoAsync(proposal.Id, "analyst"));
        var split = await query.ExpandAsync([proposal.DuplicateNodeId], 1, GraphFilter.All);
        Assert.Contains(split.Nodes, n => n.Id == proposal.DuplicateNodeId);
        Assert.Equal(duplicateLinks, split.Links.Count);

        await using var db = factory.CreateDbContext();
        var actions = await db.AuditEntries.Where(a => a.EntityType == ResolutionService.AuditEntityType && a.EntityId == proposal.DuplicateNodeId.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["intel.merge.accept", "intel.merge.undo"], actions);
    }

    [Fact]
    public async Task Rejected_proposals_leave_the_graph_alone()
    {
        var resolution = Get<ResolutionService>();
        await resolution.RefreshProposalsAsync();
        var proposal = (await resolution.ListAsync(ProposalStatus.Pending)).Last();
        var before = await Get<GraphIndex>().GetAsync();
        Assert.True(await resolution.RejectAsync(proposal.Id, "analyst"));
        Assert.Same(before, await Get<GraphIndex>().GetAsync());
        Assert.False(await resolution.UndoAsync(proposal.Id, "analyst"));
        Assert.Equal(ProposalStatus.Rejected, (await resolution.ListAsync(ProposalStatus.Rejected)).Single(p => p.Id == proposal.Id).Status);
    }

    [Fact]
    public async Task Merge_endpoints_answer_conflict_for_a_decided_proposal()
    {
        var resolution = Get<ResolutionService>();
        await resolution.RefreshProposalsAsync();
        var proposal = (await resolution.ListAsync(ProposalStatus.Pending))[0];
        using var client = await factory.CreateClientForAsync("analyst");
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/intel/proposals/{proposal.Id}/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/intel/proposals/{proposal.Id}/accept", null)).StatusCode);
        var rows = await client.GetFromJsonAsync<List<ProposalRow>>("/api/intel/proposals?status=Rejected", JsonOptions);
        Assert.Contains(rows!, r => r.Id == proposal.Id && r.DecidedBy == "analyst");
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
