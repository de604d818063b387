using CustomsWorkbench.Features.Intelligence.Model;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>One expansion by link kind: single neighbours (with their links to the anchor and each other) and groups.</summary>
public sealed record KindExpansion(int AnchorId, LinkKind LinkKind, GraphView View, IReadOnlyList<NeighbourGroup> Groups);

/// <summary>A page of a group's members, drawn with their links to the anchor; Total is the group's size.</summary>
public sealed record GroupPage(int AnchorId, LinkKind LinkKind, NodeKind NodeKind, int Offset, int Total, GraphView View);

/// <summary>
/// The explorer's and API's expansion by link kind, its groups and the suggested starting points. Every size is clamped
/// to <see cref="ExplorerExpansionOptions"/>' hard limits.
/// </summary>
public sealed class GraphExpansionService(GraphMetrics metrics, GraphQueryService views, IOptions<ExplorerExpansionOptions> options)
{
    public ExplorerExpansionOptions Options => options.Value;

    /// <summary>The node's link kinds with neighbour counts, or null when the node is not in the graph.</summary>
    public async Task<IReadOnlyList<LinkKindCount>?> LinkKindsAsync(int nodeId, GraphFilter filter, CancellationToken ct = default)
    {
        var (graph, _) = await metrics.GetAsync(ct);
        return graph.TryIndexOf(nodeId, out var index) ? NeighbourGrouping.CountByKind(graph, index, filter) : null;
    }

    public async Task<KindExpansion?> ExpandAsync(int nodeId, LinkKind kind, GraphFilter filter, int? cap = null, int? groupAbove = null, CancellationToken ct = default)
    {
        var (graph, measures) = await metrics.GetAsync(ct);
        if (!graph.TryIndexOf(nodeId, out var index)) return null;
        var neighbours = NeighbourGrouping.Neighbours(graph, index, kind, filter);
        var split = NeighbourGrouping.Split(graph, neighbours,
            Math.Clamp(groupAbove ?? Options.GroupAbove, 1, ExplorerExpansionOptions.MaxCap),
            Math.Clamp(cap ?? Options.Cap, 1, ExplorerExpansionOptions.MaxCap));
        var nodes = split.Individual.Prepend(index).ToList();
        var view = await views.ViewOfIndexesAsync(graph, measures, nodes, split.NotShown, ct);
        return new KindExpansion(graph.NodeIds[index], kind, view, split.Groups);
    }

    public async Task<GroupPage?> GroupAsync(int nodeId, LinkKind kind, NodeKind nodeKind, GraphFilter filter, int offset, int? take = null, CancellationToken ct = default)
    {
        var (graph, measures) = await metrics.GetAsync(ct);
        if (!graph.TryIndexOf(nodeId, out var index)) return null;
        var members = NeighbourGrouping.Neighbours(graph, index, kind, filter, nodeKind);
        offset = Math.Clamp(offset, 0, members.Count);
        var page = members.Skip(offset).Take(Math.Clamp(take ?? Options.PageSize, 1, ExplorerExpansionOptions.MaxPage)).Prepend(index).ToList();
        var view = await views.ViewOfIndexesAsync(graph, measures, page, 0, ct);
        return new GroupPage(graph.NodeIds[index], kind, nodeKind, offset, members.Count, view);
    }

    public async Task<IReadOnlyList<StartingPoint>> SuggestAsync(int? take = null, CancellationToken ct = default)
    {
        var (graph, measures) = await metrics.GetAsync(ct);
        return StartingPoints.Suggest(graph, measures, Math.Clamp(take ?? Options.Suggestions, 1, ExplorerExpansionOptions.MaxSuggestions));
    }
}
