using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Intelligence.Analytics;

namespace CustomsWorkbench.Features.Intelligence;

/// <summary>The assistant's view of the graph: an entity ("importer:IM001" or a name) and what links to it, as the explorer would draw it.</summary>
public sealed class AssistantGraphSource(GraphQueryService graph) : IAssistantGraphSource
{
    private const int MaxLinks = 60;

    public async Task<EntityPath> PathAsync(string fromEntity, string toEntity, CancellationToken ct)
    {
        var from = await FindAsync(fromEntity, ct);
        var to = await FindAsync(toEntity, ct);
        if (from is null || to is null) return new EntityPath(from?.Label, to?.Label, []);
        var view = await graph.PathAsync(from.Id, to.Id, GraphFilter.Investigation, ct);
        if (view?.PathNodeIds is not { Count: > 1 } order) return new EntityPath(from.Label, to.Label, []);
        var labels = view.Nodes.ToDictionary(n => n.Id, n => n.Label);
        var steps = new List<GraphLink>();
        for (var i = 1; i < order.Count; i++)
        {
            var (a, b) = (order[i - 1], order[i]);
            // Links are stored one way and walked both ways: the step's relation is the link between the two nodes.
            var link = view.Links.FirstOrDefault(l => (l.From == a && l.To == b) || (l.From == b && l.To == a));
            steps.Add(new GraphLink(labels[a], link?.KindName ?? "", labels[b], labels[b], $"/intel/explorer?node={b}"));
        }
        return new EntityPath(from.Label, to.Label, steps);
    }

    public async Task<string?> LabelOfAsync(string entity, CancellationToken ct) => (await FindAsync(entity, ct))?.Label;

    private async Task<NodeHit?> FindAsync(string entity, CancellationToken ct)
    {
        // The explorer's selected node is named exactly; anything else is searched like the explorer's search box.
        if (GraphEntityKeys.NodeId(entity) is { } nodeId)
            return (await graph.DetailsAsync(nodeId, linkLimit: 0, evidencePerLink: 0, ct)) is { } d ? new NodeHit(d.Node.Id, d.Node.Kind, d.Node.Label) : null;
        var text = entity.Contains(':') ? entity[(entity.IndexOf(':') + 1)..] : entity;
        return (await graph.SearchAsync(text, 1, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<GraphLink>> LinkedEntitiesAsync(string entity, int maxHops, CancellationToken ct)
    {
        var hit = await FindAsync(entity, ct);
        if (hit is null) return [];
        var view = await graph.ExpandAsync([hit.Id], maxHops, GraphFilter.Investigation, MaxLinks, ct);
        var labels = view.Nodes.ToDictionary(n => n.Id, n => n.Label);
        return view.Links
            .Where(l => labels.ContainsKey(l.From) && labels.ContainsKey(l.To))
            .Select(l => new GraphLink(labels[l.From], l.KindName, labels[l.To], labels[l.To], $"/intel/explorer?node={l.To}"))
            .ToList();
    }
}
