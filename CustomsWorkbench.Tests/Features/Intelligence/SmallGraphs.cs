using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>Builds small known graphs for algorithm tests: node ids are 1..n, dense index = id - 1.</summary>
public sealed class SmallGraphs
{
    private readonly List<IndexNode> _nodes = [];
    private readonly List<IndexLink> _links = [];
    public static readonly int Day = new DateOnly(2026, 3, 1).DayNumber;

    public int Node(NodeKind kind, string? label = null, int? mergedInto = null)
    {
        var id = _nodes.Count + 1;
        _nodes.Add(new IndexNode(id, kind, label ?? $"{kind} {id}", mergedInto));
        return id;
    }

    public SmallGraphs Link(int from, int to, LinkKind kind = LinkKind.UsesPhone, int firstDay = 0, int lastDay = 0)
    {
        _links.Add(new IndexLink(_links.Count + 1, from, to, kind, firstDay == 0 ? Day : firstDay, lastDay == 0 ? Day : lastDay));
        return this;
    }

    public GraphSnapshot Build() => GraphSnapshot.Build(_nodes, _links);

    public static int Index(int id) => id - 1;

    /// <summary>A chain of importers 1-2-3-...-n joined by phone links.</summary>
    public static GraphSnapshot Chain(int n)
    {
        var g = new SmallGraphs();
        for (var i = 0; i < n; i++) g.Node(NodeKind.Importer);
        for (var i = 1; i < n; i++) g.Link(i, i + 1);
        return g.Build();
    }
}
