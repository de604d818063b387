using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>
/// A suggested place to start exploring, with its reason: network risk, and the nearest seizure it is tied to
/// (how many links away, and the kind of link it starts with). Hops and seizure are null when no seizure is within reach.
/// </summary>
public sealed record StartingPoint(NodeHit Node, double Risk, int Degree, int? Hops, string? SeizureLabel, LinkKind? FirstLink);

/// <summary>
/// Picks the entities with the highest network risk as starting points. Seizure cases (risk 1 by definition) and the
/// reference hubs are left out: the analyst wants the companies, people and identifiers around a seizure, not the seizure.
/// </summary>
public static class StartingPoints
{
    public const int MaxHops = 6;

    public static List<StartingPoint> Suggest(GraphSnapshot graph, GraphMeasures measures, int take)
    {
        var excluded = GraphKinds.HubKinds.Append(NodeKind.SeizureCase).ToHashSet();
        // Risk is capped at 1, so many nodes tie at the top. Among equals, the one whose share of seizure rank per link is
        // highest comes first: a company tied to a seizure by a few links, not a marketplace reached through thousands.
        var ranked = Enumerable.Range(0, graph.NodeCount)
            .Where(v => !graph.IsMerged(v) && !excluded.Contains(graph.Kinds[v]) && measures.Risk[v] > 0)
            .OrderByDescending(v => measures.Risk[v]).ThenByDescending(v => measures.SeizureRank[v] / Math.Max(1, graph.Degree(v))).ThenBy(v => graph.NodeIds[v]);
        // A list of one kind only (six phones) is a poor menu: at most half of it is of one kind, while others are available.
        var perKind = Math.Max(1, (take + 1) / 2);
        var best = new List<int>();
        var kinds = new Dictionary<NodeKind, int>();
        var deferred = new List<int>();
        foreach (var v in ranked)
        {
            if (best.Count == take) break;
            var used = kinds.GetValueOrDefault(graph.Kinds[v]);
            if (used >= perKind)
            {
                if (deferred.Count < take) deferred.Add(v);
                continue;
            }
            kinds[graph.Kinds[v]] = used + 1;
            best.Add(v);
        }
        best.AddRange(deferred.Take(take - best.Count));
        return best.Select(v =>
        {
            var path = GraphAnalytics.PathsToNearest(graph, v, measures.Seizures, GraphFilter.Investigation, MaxHops, limit: 1).FirstOrDefault();
            var hit = new NodeHit(graph.NodeIds[v], graph.Kinds[v], graph.Labels[v]);
            return path is null
                ? new StartingPoint(hit, Math.Round(measures.Risk[v], 4), graph.Degree(v), null, null, null)
                : new StartingPoint(hit, Math.Round(measures.Risk[v], 4), graph.Degree(v), path.Length, graph.Labels[path.Nodes[^1]], path.Links[0].Kind);
        }).ToList();
    }
}
