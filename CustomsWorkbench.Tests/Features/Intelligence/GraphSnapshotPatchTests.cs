using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Tests.Features.Intelligence;

public class GraphSnapshotPatchTests
{
    private static Edge EdgeOf(GraphSnapshot graph, int nodeId, int linkId)
    {
        Assert.True(graph.TryIndexOf(nodeId, out var index));
        foreach (var edge in graph.EdgesOf(index)) if (edge.LinkId == linkId) return edge;
        throw new Xunit.Sdk.XunitException($"link {linkId} not found at node {nodeId}");
    }

    [Fact]
    public void Patching_a_known_link_updates_its_dates_in_both_directions_and_leaves_the_older_snapshot_alone()
    {
        var g = new SmallGraphs();
        var a = g.Node(NodeKind.Importer);
        var b = g.Node(NodeKind.Phone);
        var c = g.Node(NodeKind.Address);
        g.Link(a, b);
        var loaded = g.Build();
        var day = SmallGraphs.Day;

        var widened = loaded.WithAdded([], [new IndexLink(1, a, b, LinkKind.UsesPhone, day - 10, day + 30)]);
        Assert.Equal((day - 10, day + 30), (EdgeOf(widened, a, 1).FirstDay, EdgeOf(widened, a, 1).LastDay));
        Assert.Equal(day + 30, EdgeOf(widened, b, 1).LastDay);
        Assert.Equal(day, EdgeOf(loaded, a, 1).LastDay);
        Assert.Equal(1, widened.LinkCount);

        // A link added by a patch (overlay) is updated in place by the next patch, not added twice.
        var added = widened.WithAdded([], [new IndexLink(2, a, c, LinkKind.SharesAddress, day, day)]);
        var again = added.WithAdded([], [new IndexLink(2, a, c, LinkKind.SharesAddress, day, day + 5)]);
        Assert.Equal(2, again.LinkCount);
        Assert.Equal(day + 5, EdgeOf(again, c, 2).LastDay);
        Assert.Equal(day + 30, EdgeOf(again, a, 1).LastDay);
    }
}
