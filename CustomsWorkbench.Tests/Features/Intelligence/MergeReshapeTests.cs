using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>Merges reshape the loaded graph in memory and warm-start the measures; the result matches a cold build.</summary>
public class MergeReshapeTests
{
    /// <summary>Two clusters of importers on shared phones, a seizure in the first; node 2 is a duplicate of node 7.</summary>
    private static GraphSnapshot Clusters()
    {
        var g = new SmallGraphs();
        for (var i = 0; i < 10; i++) g.Node(NodeKind.Importer);
        var phoneA = g.Node(NodeKind.Phone);
        var phoneB = g.Node(NodeKind.Phone);
        var seizure = g.Node(NodeKind.SeizureCase);
        for (var i = 1; i <= 5; i++) g.Link(i, phoneA);
        for (var i = 6; i <= 10; i++) g.Link(i, phoneB);
        g.Link(1, seizure, LinkKind.SeizedIn);
        g.Link(2, 3, LinkKind.SharesAddress);
        return g.Build();
    }

    [Fact]
    public void A_merge_in_memory_gives_the_same_shape_as_a_fresh_build_and_undo_restores_it()
    {
        var graph = Clusters();
        var merged = graph.WithMergedInto(2, 7);
        Assert.True(merged.TryIndexOf(2, out var duplicate));
        Assert.True(merged.TryIndexOf(7, out var survivor));
        Assert.Equal(survivor, duplicate);
        Assert.Equal(graph.Degree(SmallGraphs.Index(7)) + graph.Degree(SmallGraphs.Index(2)), merged.Degree(survivor));
        Assert.Equal(graph.LinkCount, merged.LinkCount);

        var undone = merged.WithMergedInto(2, null);
        for (var v = 0; v < graph.NodeCount; v++) Assert.Equal(graph.Degree(v), undone.Degree(v));
    }

    [Fact]
    public void Warm_started_measures_agree_with_a_cold_computation()
    {
        var graph = Clusters();
        var before = GraphMetrics.Compute(graph);
        var merged = graph.WithMergedInto(2, 7);
        var cold = GraphMetrics.Compute(merged);
        var warm = GraphMetrics.Compute(merged, before, GraphMetrics.ChangedNodes(graph, merged));
        Assert.True(warm.Incremental);
        Assert.False(cold.Incremental);
        // Against the converged ranks, the warm start (which iterates to a tolerance) is at least as close as 30 cold rounds.
        var converged = GraphAnalytics.PageRank(merged, GraphFilter.Investigation, iterations: 500);
        double warmError = 0, coldError = 0;
        for (var v = 0; v < merged.NodeCount; v++)
        {
            warmError += Math.Abs(warm.PageRank[v] - converged[v]);
            coldError += Math.Abs(cold.PageRank[v] - converged[v]);
        }
        Assert.True(warmError < 1e-4, $"warm start is {warmError} away from the converged ranks");
        Assert.True(warmError <= coldError + 1e-9);
        // Only the nodes around the change may move: importers 4, 5 and 8-10 keep their communities.
        foreach (var id in new[] { 4, 5, 8, 9, 10 }) Assert.Equal(before.Community[SmallGraphs.Index(id)], warm.Community[SmallGraphs.Index(id)]);
        // The duplicate's risk now reaches the survivor's cluster; both read the same community.
        var seven = SmallGraphs.Index(7);
        Assert.Equal(warm.Community[seven], warm.Community[SmallGraphs.Index(2)]);
        Assert.True(warm.Risk[seven] > before.Risk[seven]);
    }
}
