using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Resolution;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>Expansion by link kind, grouping of many similar neighbours, suggested starting points and evidence lines.</summary>
public class ExpansionByKindTests
{
    /// <summary>An importer with 54 containers, 3 phones (one shared with a second importer) and a seizure two links away.</summary>
    private static (SmallGraphs Graph, int Importer, int Seizure) World()
    {
        var g = new SmallGraphs();
        var importer = g.Node(NodeKind.Importer, "Hanbit Trading");
        for (var i = 0; i < 54; i++) g.Link(importer, g.Node(NodeKind.Container), LinkKind.ShippedIn);
        var phones = Enumerable.Range(0, 3).Select(_ => g.Node(NodeKind.Phone)).ToList();
        foreach (var phone in phones) g.Link(importer, phone, LinkKind.UsesPhone);
        var other = g.Node(NodeKind.Importer, "Other Trading");
        g.Link(other, phones[0], LinkKind.UsesPhone);
        var seizure = g.Node(NodeKind.SeizureCase, "SZ-1");
        g.Link(other, seizure, LinkKind.SeizedIn);
        // The same phone twice (a second link record) still counts as one neighbour.
        g.Link(importer, phones[1], LinkKind.UsesPhone);
        return (g, importer, seizure);
    }

    [Fact]
    public void Link_kinds_are_counted_per_distinct_neighbour_most_first()
    {
        var (g, importer, _) = World();
        var counts = NeighbourGrouping.CountByKind(g.Build(), SmallGraphs.Index(importer), GraphFilter.All);
        Assert.Equal([new LinkKindCount(LinkKind.ShippedIn, 54), new LinkKindCount(LinkKind.UsesPhone, 3)], counts);
    }

    [Fact]
    public void Link_kind_counts_follow_the_filter()
    {
        var (g, importer, _) = World();
        var noContainers = new GraphFilter(NodeKinds: GraphKinds.AllNodeKinds.Except([NodeKind.Container]).ToHashSet());
        var counts = NeighbourGrouping.CountByKind(g.Build(), SmallGraphs.Index(importer), noContainers);
        Assert.Equal([new LinkKindCount(LinkKind.UsesPhone, 3)], counts);
    }

    [Fact]
    public void Expanding_one_kind_brings_only_that_kind()
    {
        var (g, importer, _) = World();
        var graph = g.Build();
        var phones = NeighbourGrouping.Neighbours(graph, SmallGraphs.Index(importer), LinkKind.UsesPhone, GraphFilter.All);
        Assert.Equal(3, phones.Count);
        Assert.All(phones, p => Assert.Equal(NodeKind.Phone, graph.Kinds[p]));
        // Best connected first, then by id: the shared phone (id 56) leads, the single-link phone (58) comes last.
        Assert.Equal(56, graph.NodeIds[phones[0]]);
        Assert.Equal(58, graph.NodeIds[phones[^1]]);
    }

    [Fact]
    public void Many_neighbours_of_one_kind_become_a_group_and_few_stay_single()
    {
        var (g, importer, _) = World();
        var graph = g.Build();
        var containers = NeighbourGrouping.Neighbours(graph, SmallGraphs.Index(importer), LinkKind.ShippedIn, GraphFilter.All);
        var grouped = NeighbourGrouping.Split(graph, containers, groupAbove: 10, cap: 40);
        Assert.Empty(grouped.Individual);
        Assert.Equal([new NeighbourGroup(NodeKind.Container, 54)], grouped.Groups);
        Assert.Equal(0, grouped.NotShown);

        var single = NeighbourGrouping.Split(graph, containers, groupAbove: 100, cap: 40);
        Assert.Empty(single.Groups);
        Assert.Equal(40, single.Individual.Count);
        Assert.Equal(14, single.NotShown);
    }

    [Fact]
    public void Group_members_page_in_a_stable_order_without_overlap()
    {
        var (g, importer, _) = World();
        var graph = g.Build();
        var all = NeighbourGrouping.Neighbours(graph, SmallGraphs.Index(importer), LinkKind.ShippedIn, GraphFilter.All, NodeKind.Container);
        var again = NeighbourGrouping.Neighbours(graph, SmallGraphs.Index(importer), LinkKind.ShippedIn, GraphFilter.All, NodeKind.Container);
        Assert.Equal(all, again);
        var pages = all.Chunk(25).ToList();
        Assert.Equal([25, 25, 4], pages.Select(p => p.Length));
        Assert.Equal(54, pages.SelectMany(p => p).Distinct().Count());
        Assert.Empty(NeighbourGrouping.Neighbours(graph, SmallGraphs.Index(importer), LinkKind.ShippedIn, GraphFilter.All, NodeKind.Phone));
    }

    [Fact]
    public void Suggestions_rank_by_network_risk_leave_out_seizures_and_say_why()
    {
        var (g, _, seizure) = World();
        var graph = g.Build();
        var measures = GraphMetrics.Compute(graph);
        var points = StartingPoints.Suggest(graph, measures, 3);
        Assert.Equal(3, points.Count);
        Assert.DoesNotContain(points, p => p.Node.Kind == NodeKind.SeizureCase);
        Assert.True(points.Zip(points.Skip(1)).All(p => p.First.Risk >= p.Second.Risk));
        var top = points[0];
        Assert.Equal("Other Trading", top.Node.Label);
        Assert.Equal(1, top.Hops);
        Assert.Equal("SZ-1", top.SeizureLabel);
        Assert.Equal(LinkKind.SeizedIn, top.FirstLink);
        Assert.Contains(points, p => p.Hops == 2 && p.FirstLink == LinkKind.UsesPhone);
        Assert.True(seizure > 0);
    }

    [Fact]
    public void Without_seizures_nothing_is_suggested()
    {
        var graph = SmallGraphs.Chain(5);
        Assert.Empty(StartingPoints.Suggest(graph, GraphMetrics.Compute(graph), 5));
    }

    [Fact]
    public void Evidence_lines_are_written_and_read_back()
    {
        ResolutionEvidence[] evidence =
        [
            new ResolutionEvidence.NameSimilarity(0.93, "(주)한빛", "한빛 주식회사", "한빛", "한빛"),
            new ResolutionEvidence.SharedIdentifier(NodeKind.Phone, "02-123-4567"),
            new ResolutionEvidence.ManualMerge("analyst", "same director: Kim"),
        ];
        foreach (var e in evidence) Assert.Equal(e, ResolutionEvidence.Parse(e.ToLine()));
        Assert.Equal("name 0.93: \"(주)한빛\" ~ \"한빛 주식회사\" (한빛 / 한빛)", evidence[0].ToLine());
        Assert.Equal("same phone 02-123-4567", evidence[1].ToLine());
        Assert.Equal(new ResolutionEvidence.Other("something else"), ResolutionEvidence.Parse("something else"));
    }

    [Fact]
    public void Link_kind_names_read_back_to_their_kinds()
    {
        foreach (var kind in GraphKinds.AllLinkKinds) Assert.Equal(kind, GraphKinds.FromName(GraphKinds.Name(kind)));
        Assert.Null(GraphKinds.FromName("no-such-link"));
    }
}
