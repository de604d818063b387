using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

public sealed record NodeHit(int Id, NodeKind Kind, string Label);

public sealed record NodeView(int Id, NodeKind Kind, string Label, int Degree, double Centrality, int Community, double Risk);

public sealed record LinkView(int Id, int From, int To, LinkKind Kind, string KindName, DateOnly FirstSeen, DateOnly LastSeen, int EvidenceCount);

/// <summary>What the explorer draws: nodes with their measures, links among them, and how many nodes were not shown.</summary>
public sealed record GraphView(IReadOnlyList<NodeView> Nodes, IReadOnlyList<LinkView> Links, int NotShown, IReadOnlyList<int>? PathNodeIds = null);

public sealed record EvidenceView(string RecordType, int RecordId, string Reference, DateOnly Date);

public sealed record NeighbourLinkView(LinkView Link, NodeHit Other, IReadOnlyList<EvidenceView> Evidence);

public sealed record RiskPathView(IReadOnlyList<NodeHit> Nodes, IReadOnlyList<LinkKind> LinkKinds);

public sealed record NodeDetails(
    NodeView Node, string Key, int? SourceId, DateOnly? FirstSeen, DateOnly? LastSeen, IReadOnlyList<NodeHit> MergedFrom,
    IReadOnlyList<NeighbourLinkView> Links, int LinksNotShown, IReadOnlyList<RiskPathView> RiskPaths);

/// <summary>The explorer's and API's read side: search, expand, paths and node details with the records behind each link.</summary>
public sealed class GraphQueryService(IDbContextFactory<WorkbenchDbContext> dbFactory, GraphMetrics metrics)
{
    public const int DefaultCap = 300;

    public async Task<IReadOnlyList<NodeHit>> SearchAsync(string text, int take = 20, CancellationToken ct = default)
    {
        text = text.Trim();
        if (text.Length < 2) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pattern = $"%{text.Replace("%", "").Replace("_", "")}%";
        return await db.Set<GraphNode>().AsNoTracking()
            .Where(n => n.MergedIntoId == null && (EF.Functions.Like(n.Label, pattern) || EF.Functions.Like(n.Key, pattern)))
            .OrderBy(n => n.Kind).ThenBy(n => n.Label.Length).ThenBy(n => n.Id)
            .Take(take).Select(n => new NodeHit(n.Id, n.Kind, n.Label)).ToListAsync(ct);
    }

    /// <summary>The node of that kind and (normalised) key, or the one it was merged into; null when the graph has none.</summary>
    public async Task<int?> FindAsync(NodeKind kind, string key, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var node = await db.Set<GraphNode>().AsNoTracking().Where(n => n.Kind == kind && n.Key == key)
            .Select(n => new { n.Id, n.MergedIntoId }).FirstOrDefaultAsync(ct);
        return node is null ? null : node.MergedIntoId ?? node.Id;
    }

    public async Task<GraphView> ExpandAsync(IReadOnlyCollection<int> nodeIds, int hops, GraphFilter filter, int cap = DefaultCap, CancellationToken ct = default)
    {
        var (graph, measures) = await metrics.GetAsync(ct);
        var seeds = nodeIds.Select(id => graph.TryIndexOf(id, out var i) ? i : -1).Where(i => i >= 0).ToList();
        var sub = GraphAnalytics.Expand(graph, seeds, Math.Clamp(hops, 0, 4), filter, Math.Clamp(cap, 1, 3000));
        return await ViewAsync(graph, measures, sub.Nodes, sub.Edges, sub.NotShown, null, ct);
    }

    public async Task<GraphView?> PathAsync(int fromId, int toId, GraphFilter filter, CancellationToken ct = default)
    {
        var (graph, measures) = await metrics.GetAsync(ct);
        if (!graph.TryIndexOf(fromId, out var from) || !graph.TryIndexOf(toId, out var to)) return null;
        var path = GraphAnalytics.ShortestPath(graph, from, to, filter);
        if (path is null) return null;
        return await ViewAsync(graph, measures, path.Nodes, path.Links, 0, path.Nodes.Select(i => graph.NodeIds[i]).ToList(), ct);
    }

    /// <summary>Dense subgraph of the given node ids (for reopening a saved case): the nodes and every link among them.</summary>
    public async Task<GraphView> ViewOfAsync(IReadOnlyCollection<int> nodeIds, CancellationToken ct = default)
    {
        var (graph, measures) = await metrics.GetAsync(ct);
        var nodes = nodeIds.Select(id => graph.TryIndexOf(id, out var i) ? i : -1).Where(i => i >= 0).Distinct().ToList();
        return await ViewAsync(graph, measures, nodes, GraphAnalytics.EdgesAmong(graph, nodes), 0, null, ct);
    }

    /// <summary>Nodes given by dense index with every link among them (for expansions shaped elsewhere, see GraphExpansionService).</summary>
    public Task<GraphView> ViewOfIndexesAsync(GraphSnapshot graph, GraphMeasures measures, IReadOnlyList<int> nodes, int notShown, CancellationToken ct = default) =>
        ViewAsync(graph, measures, nodes, GraphAnalytics.EdgesAmong(graph, nodes), notShown, null, ct);

    public async Task<NodeDetails?> DetailsAsync(int nodeId, int linkLimit = 50, int evidencePerLink = 10, CancellationToken ct = default)
    {
        var (graph, measures) = await metrics.GetAsync(ct);
        if (!graph.TryIndexOf(nodeId, out var index)) return null;
        var canonicalId = graph.NodeIds[index];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var node = await db.Set<GraphNode>().AsNoTracking().FirstAsync(n => n.Id == canonicalId, ct);
        var mergedFrom = await db.Set<GraphNode>().AsNoTracking().Where(n => n.MergedIntoId == canonicalId)
            .Select(n => new NodeHit(n.Id, n.Kind, n.Label)).ToListAsync(ct);

        var edges = new List<Edge>();
        foreach (var edge in graph.EdgesOf(index)) edges.Add(edge);
        var shown = edges.OrderByDescending(e => e.LastDay).ThenBy(e => e.LinkId).Take(linkLimit).ToList();
        var linkIds = shown.Select(e => e.LinkId).ToList();
        var links = await LinksAsync(db, linkIds, ct);
        var evidence = (await db.Set<GraphLinkEvidence>().AsNoTracking().Where(e => linkIds.Contains(e.LinkId))
                .OrderByDescending(e => e.Date).ToListAsync(ct))
            .GroupBy(e => e.LinkId).ToDictionary(g => g.Key, g => g.Take(evidencePerLink).Select(e => new EvidenceView(e.RecordType, e.RecordId, e.Reference, e.Date)).ToList());
        var neighbours = shown.Where(e => links.ContainsKey(e.LinkId)).Select(e => new NeighbourLinkView(
            links[e.LinkId], Hit(graph, e.Target), evidence.GetValueOrDefault(e.LinkId) ?? [])).ToList();

        var riskPaths = measures.Seizures.Contains(index) ? [] : GraphAnalytics.PathsToNearest(graph, index, measures.Seizures, GraphFilter.Investigation, maxHops: 8)
            .Select(p => new RiskPathView(p.Nodes.Select(i => Hit(graph, i)).ToList(), p.Links.Select(l => l.Kind).ToList())).ToList();

        return new NodeDetails(View(graph, measures, index), node.Key, node.SourceId, node.FirstSeen, node.LastSeen, mergedFrom,
            neighbours, edges.Count - shown.Count, riskPaths);
    }

    private static NodeHit Hit(GraphSnapshot graph, int index) => new(graph.NodeIds[index], graph.Kinds[index], graph.Labels[index]);

    private static NodeView View(GraphSnapshot graph, GraphMeasures m, int index) => new(
        graph.NodeIds[index], graph.Kinds[index], graph.Labels[index], graph.Degree(index),
        Math.Round(m.PageRank[index] * graph.NodeCount, 4), graph.NodeIds[m.Community[index]], Math.Round(m.Risk[index], 4));

    private async Task<GraphView> ViewAsync(GraphSnapshot graph, GraphMeasures measures, IReadOnlyList<int> nodes, IReadOnlyList<SubgraphEdge> edges,
        int notShown, IReadOnlyList<int>? path, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var links = await LinksAsync(db, edges.Select(e => e.LinkId).ToList(), ct);
        // Stored links point at the original nodes; a merged duplicate's links are shown on the survivor.
        var views = edges.Where(e => links.ContainsKey(e.LinkId))
            .Select(e => links[e.LinkId] with { From = graph.NodeIds[e.From], To = graph.NodeIds[e.To] }).ToList();
        return new GraphView(nodes.Select(i => View(graph, measures, i)).ToList(), views, notShown, path);
    }

    private static async Task<Dictionary<int, LinkView>> LinksAsync(WorkbenchDbContext db, List<int> ids, CancellationToken ct)
    {
        var result = new Dictionary<int, LinkView>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.Set<GraphLink>().AsNoTracking().Where(l => chunk.Contains(l.Id)).ToListAsync(ct);
            foreach (var l in rows) result[l.Id] = new LinkView(l.Id, l.FromId, l.ToId, l.Kind, GraphKinds.Name(l.Kind), l.FirstSeen, l.LastSeen, l.EvidenceCount);
        }
        return result;
    }
}
