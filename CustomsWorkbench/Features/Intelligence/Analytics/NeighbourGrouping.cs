using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>How many distinct neighbours one node reaches through one kind of link.</summary>
public sealed record LinkKindCount(LinkKind Kind, int Count);

/// <summary>Neighbours of one entity kind that arrive as a single node ("54 containers") until the analyst opens them.</summary>
public sealed record NeighbourGroup(NodeKind Kind, int Count);

/// <summary>One expansion by link kind: the neighbours shown one by one, the groups, and how many were capped away.</summary>
public sealed record NeighbourSplit(IReadOnlyList<int> Individual, IReadOnlyList<NeighbourGroup> Groups, int NotShown);

/// <summary>
/// Expansion by link kind on a <see cref="GraphSnapshot"/>: counts per kind, the neighbours through one kind, and the split
/// into single nodes and groups. Pure functions; the neighbour order (best-connected first, then id) is stable so that
/// paging a group is repeatable.
/// </summary>
public static class NeighbourGrouping
{
    /// <summary>Distinct neighbours per link kind that the filter allows, most first.</summary>
    public static List<LinkKindCount> CountByKind(GraphSnapshot graph, int index, GraphFilter filter)
    {
        var seen = new Dictionary<LinkKind, HashSet<int>>();
        foreach (var edge in graph.EdgesOf(graph.Canonical[index]))
        {
            if (!filter.Allows(graph, edge)) continue;
            if (!seen.TryGetValue(edge.Kind, out var targets)) seen[edge.Kind] = targets = [];
            targets.Add(edge.Target);
        }
        return seen.Select(p => new LinkKindCount(p.Key, p.Value.Count)).OrderByDescending(c => c.Count).ThenBy(c => c.Kind).ToList();
    }

    /// <summary>Distinct neighbours through <paramref name="kind"/>, optionally only of one entity kind, in paging order.</summary>
    public static List<int> Neighbours(GraphSnapshot graph, int index, LinkKind kind, GraphFilter filter, NodeKind? nodeKind = null)
    {
        var found = new HashSet<int>();
        foreach (var edge in graph.EdgesOf(graph.Canonical[index]))
        {
            if (edge.Kind != kind || !filter.Allows(graph, edge)) continue;
            if (nodeKind is { } only && graph.Kinds[edge.Target] != only) continue;
            found.Add(edge.Target);
        }
        return found.OrderByDescending(graph.Degree).ThenBy(n => graph.NodeIds[n]).ToList();
    }

    /// <summary>
    /// Entity kinds with more than <paramref name="groupAbove"/> neighbours become groups; the others are shown one by one,
    /// at most <paramref name="cap"/> of them (the rest counted in NotShown).
    /// </summary>
    public static NeighbourSplit Split(GraphSnapshot graph, IReadOnlyList<int> neighbours, int groupAbove, int cap)
    {
        var groups = new List<NeighbourGroup>();
        var individual = new List<int>();
        foreach (var byKind in neighbours.GroupBy(n => graph.Kinds[n]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
        {
            var members = byKind.ToList();
            if (members.Count > groupAbove) groups.Add(new NeighbourGroup(byKind.Key, members.Count));
            else individual.AddRange(members);
        }
        // Keep the paging order across kinds, so the cap drops the least connected.
        var order = neighbours.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
        individual.Sort((a, b) => order[a].CompareTo(order[b]));
        var shown = individual.Take(cap).ToList();
        return new NeighbourSplit(shown, groups, individual.Count - shown.Count);
    }
}
