using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Tests.Features.Intelligence;

public class GraphAnalyticsTests
{
    [Fact]
    public void Expansion_stops_at_the_hop_limit()
    {
        var graph = SmallGraphs.Chain(6);
        var two = GraphAnalytics.Expand(graph, [0], 2, GraphFilter.All);
        Assert.Equal([0, 1, 2], two.Nodes.Order());
        Assert.Equal(2, two.Edges.Count);
        Assert.Equal(0, two.NotShown);
    }

    [Fact]
    public void Expansion_caps_a_hub_and_counts_what_it_left_out()
    {
        var g = new SmallGraphs();
        var hub = g.Node(NodeKind.Importer);
        for (var i = 0; i < 30; i++) g.Link(hub, g.Node(NodeKind.Container), LinkKind.ShippedIn);
        var result = GraphAnalytics.Expand(g.Build(), [SmallGraphs.Index(hub)], 1, GraphFilter.All, cap: 11);
        Assert.Equal(11, result.Nodes.Count);
        Assert.Equal(20, result.NotShown);
    }

    [Fact]
    public void Expansion_respects_kind_and_date_filters()
    {
        var g = new SmallGraphs();
        var importer = g.Node(NodeKind.Importer);
        var phone = g.Node(NodeKind.Phone);
        var tariff = g.Node(NodeKind.TariffCode);
        var oldBroker = g.Node(NodeKind.Broker);
        g.Link(importer, phone).Link(importer, tariff, LinkKind.ImportsTariff)
         .Link(importer, oldBroker, LinkKind.DeclaredBy, SmallGraphs.Day - 400, SmallGraphs.Day - 300);
        var graph = g.Build();

        var noHubs = GraphAnalytics.Expand(graph, [0], 1, GraphFilter.Investigation);
        Assert.DoesNotContain(SmallGraphs.Index(tariff), noHubs.Nodes);

        var recent = GraphAnalytics.Expand(graph, [0], 1, new GraphFilter(From: DateOnly.FromDayNumber(SmallGraphs.Day - 30)));
        Assert.Contains(SmallGraphs.Index(phone), recent.Nodes); // identity links are timeless
        Assert.DoesNotContain(SmallGraphs.Index(oldBroker), recent.Nodes);

        var phonesOnly = GraphAnalytics.Expand(graph, [0], 1, new GraphFilter(LinkKinds: new HashSet<LinkKind> { LinkKind.UsesPhone }));
        Assert.Equal(2, phonesOnly.Nodes.Count);
    }

    [Fact]
    public void Shortest_path_is_found_from_both_ends_in_order()
    {
        var graph = SmallGraphs.Chain(7);
        var path = GraphAnalytics.ShortestPath(graph, 0, 6, GraphFilter.All)!;
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], path.Nodes);
        Assert.Equal(6, path.Length);
        for (var i = 0; i < path.Links.Count; i++)
        {
            Assert.Equal(path.Nodes[i], path.Links[i].From);
            Assert.Equal(path.Nodes[i + 1], path.Links[i].To);
        }
    }

    [Fact]
    public void Shortest_path_takes_the_short_cut_and_reports_no_path_across_components()
    {
        var g = new SmallGraphs();
        for (var i = 0; i < 6; i++) g.Node(NodeKind.Importer);
        g.Link(1, 2).Link(2, 3).Link(3, 4).Link(1, 5).Link(5, 4);
        var isolated = g.Node(NodeKind.Importer);
        var graph = g.Build();
        Assert.Equal(2, GraphAnalytics.ShortestPath(graph, 0, 3, GraphFilter.All)!.Length);
        Assert.Null(GraphAnalytics.ShortestPath(graph, 0, SmallGraphs.Index(isolated), GraphFilter.All));
        Assert.Null(GraphAnalytics.ShortestPath(SmallGraphs.Chain(20), 0, 19, GraphFilter.All, maxHops: 5));
    }

    [Fact]
    public void Label_propagation_separates_two_cliques_joined_by_one_link()
    {
        var g = new SmallGraphs();
        for (var i = 0; i < 8; i++) g.Node(NodeKind.Importer);
        foreach (var (a, b) in Pairs(1, 4)) g.Link(a, b);
        foreach (var (a, b) in Pairs(5, 8)) g.Link(a, b);
        g.Link(4, 5);
        var community = GraphAnalytics.Communities(g.Build());
        Assert.Single(community[..4].Distinct());
        Assert.Single(community[4..].Distinct());
        Assert.NotEqual(community[0], community[7]);
    }

    [Fact]
    public void Pagerank_ranks_the_star_centre_first_and_sums_to_one()
    {
        var g = new SmallGraphs();
        var centre = g.Node(NodeKind.Importer);
        for (var i = 0; i < 5; i++) g.Link(centre, g.Node(NodeKind.Importer));
        var rank = GraphAnalytics.PageRank(g.Build());
        Assert.Equal(1.0, rank.Sum(), 6);
        Assert.True(rank.Skip(1).All(r => r < rank[0]));
    }

    [Fact]
    public void Risk_flows_from_the_seizure_and_fades_with_distance()
    {
        var g = new SmallGraphs();
        var seizure = g.Node(NodeKind.SeizureCase);
        var seized = g.Node(NodeKind.Importer);
        var phone = g.Node(NodeKind.Phone);
        var shell = g.Node(NodeKind.Importer);
        var bystander = g.Node(NodeKind.Importer);
        var other = g.Node(NodeKind.Importer);
        g.Link(seized, seizure, LinkKind.SeizedIn).Link(seized, phone).Link(shell, phone).Link(bystander, other);
        var graph = g.Build();
        var measures = GraphMetrics.Compute(graph);
        Assert.True(measures.Risk[SmallGraphs.Index(seized)] > measures.Risk[SmallGraphs.Index(shell)]);
        Assert.True(measures.Risk[SmallGraphs.Index(shell)] > 0);
        Assert.Equal(0, measures.Risk[SmallGraphs.Index(bystander)]);

        var paths = GraphAnalytics.PathsToNearest(graph, SmallGraphs.Index(shell), measures.Seizures, GraphFilter.Investigation);
        var explanation = Assert.Single(paths);
        Assert.Equal([SmallGraphs.Index(shell), SmallGraphs.Index(phone), SmallGraphs.Index(seized), SmallGraphs.Index(seizure)], explanation.Nodes);
    }

    [Fact]
    public void A_merged_node_is_redirected_to_its_survivor()
    {
        var g = new SmallGraphs();
        var survivor = g.Node(NodeKind.Importer);
        var duplicate = g.Node(NodeKind.Importer, mergedInto: 1);
        var phone = g.Node(NodeKind.Phone);
        var supplier = g.Node(NodeKind.Supplier);
        g.Link(survivor, phone).Link(duplicate, supplier, LinkKind.ImportsFrom).Link(duplicate, phone);
        var graph = g.Build();
        Assert.True(graph.IsMerged(SmallGraphs.Index(duplicate)));
        Assert.True(graph.TryIndexOf(duplicate, out var redirected));
        Assert.Equal(SmallGraphs.Index(survivor), redirected);
        var around = GraphAnalytics.Expand(graph, [SmallGraphs.Index(survivor)], 1, GraphFilter.All);
        Assert.Equal([0, 2, 3], around.Nodes.Order());
    }

    [Fact]
    public void Patched_links_and_nodes_are_traversed_like_loaded_ones()
    {
        var graph = SmallGraphs.Chain(3);
        var patched = graph.WithAdded([new IndexNode(10, NodeKind.SeizureCase, "case")], [new IndexLink(100, 3, 10, LinkKind.SeizedIn, SmallGraphs.Day, SmallGraphs.Day)]);
        Assert.Equal(3, graph.NodeCount);
        Assert.Equal(4, patched.NodeCount);
        Assert.Equal(3, patched.LinkCount);
        Assert.True(patched.TryIndexOf(10, out var seizure));
        Assert.Equal(3, GraphAnalytics.ShortestPath(patched, 0, seizure, GraphFilter.All)!.Length);
        // The same link patched twice (a re-imported declaration) is not doubled.
        Assert.Equal(3, patched.WithAdded([], [new IndexLink(100, 3, 10, LinkKind.SeizedIn, SmallGraphs.Day, SmallGraphs.Day)]).LinkCount);
    }

    private static IEnumerable<(int, int)> Pairs(int from, int to)
    {
        for (var a = from; a <= to; a++)
            for (var b = a + 1; b <= to; b++)
                yield return (a, b);
    }
}
