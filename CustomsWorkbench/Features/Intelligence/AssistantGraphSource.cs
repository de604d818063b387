using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Intelligence.Analytics;

namespace CustomsWorkbench.Features.Intelligence;

/// <summary>The assistant's view of the graph: an entity ("importer:IM001" or a name) and what links to it, as the explorer would draw it.</summary>
public sealed class AssistantGraphSource(GraphQueryService graph) : IAssistantGraphSource
{
    private const int MaxLinks = 60;

    public async Task<IReadOnlyList<GraphLink>> LinkedEntitiesAsync(string entity, int maxHops, CancellationToken ct)
    {
        var text = entity.Contains(':') ? entity[(entity.IndexOf(':') + 1)..] : entity;
        var hit = (await graph.SearchAsync(text, 1, ct)).FirstOrDefault();
        if (hit is null) return [];
        var view = await graph.ExpandAsync([hit.Id], maxHops, GraphFilter.Investigation, MaxLinks, ct);
        var labels = view.Nodes.ToDictionary(n => n.Id, n => n.Label);
        return view.Links
            .Where(l => labels.ContainsKey(l.From) && labels.ContainsKey(l.To))
            .Select(l => new GraphLink(labels[l.From], l.KindName, labels[l.To], labels[l.To], $"/intel/explorer?node={l.To}"))
            .ToList();
    }
}
