using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>A piece of the graph to show: dense node indexes, the edges among them, and how many were left out.</summary>
public sealed record Subgraph(IReadOnlyList<int> Nodes, IReadOnlyList<SubgraphEdge> Edges, int NotShown);

public readonly record struct SubgraphEdge(int From, int To, int LinkId, LinkKind Kind);

/// <summary>A path as alternating nodes and the links between them (Links[i] joins Nodes[i] and Nodes[i+1]).</summary>
public sealed record GraphPath(IReadOnlyList<int> Nodes, IReadOnlyList<SubgraphEdge> Links)
{
    public int Length => Links.Count;
}

/// <summary>
/// Traversals on a <see cref="GraphSnapshot"/>: k-hop expansion, shortest paths, communities, centrality and risk
/// propagation. Pure functions of the snapshot; callers cache whole-graph results per snapshot (see GraphMetrics).
/// </summary>
public static class GraphAnalytics
{
    /// <summary>
    /// Breadth-first expansion from the seeds up to <paramref name="hops"/>, keeping at most <paramref name="cap"/> nodes
    /// (seeds first, nearer before farther, stronger-connected first within a ring); the rest are counted in NotShown.
    /// </summary>
    public static Subgraph Expand(GraphSnapshot graph, IReadOnlyCollection<int> seeds, int hops, GraphFilter filter, int cap = 500)
    {
        var depth = new Dictionary<int, int>();
        var frontier = new List<int>();
        foreach (var seed in seeds.Select(s => graph.Canonical[s]).Distinct())
        {
            depth[seed] = 0;
            frontier.Add(seed);
        }
        var notShown = 0;
        for (var level = 1; level <= hops && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            var discovered = new HashSet<int>();
            foreach (var node in frontier)
            {
                foreach (var edge in graph.EdgesOf(node))
                {
                    if (depth.ContainsKey(edge.Target) || !filter.Allows(graph, edge)) continue;
                    if (discovered.Add(edge.Target)) next.Add(edge.Target);
                }
            }
            var room = cap - depth.Count;
            if (next.Count > room)
            {
                // Keep the best-connected newcomers: a hub's thousand one-off neighbours matter less than a shared phone.
                next = next.OrderByDescending(graph.Degree).ThenBy(n => n).ToList();
                notShown += next.Count - Math.Max(0, room);
                next = next.Take(Math.Max(0, room)).ToList();
            }
            foreach (var node in next) depth[node] = level;
            frontier = level < hops ? next : [];
        }
        return new Subgraph(depth.Keys.ToList(), EdgesAmong(graph, depth.Keys, filter), notShown);
    }

    /// <summary>Every allowed edge between two nodes of the set, each link once.</summary>
    public static List<SubgraphEdge> EdgesAmong(GraphSnapshot graph, IEnumerable<int> nodes, GraphFilter? filter = null)
    {
        var set = nodes as IReadOnlySet<int> ?? nodes.ToHashSet();
        var seen = new HashSet<int>();
        var edges = new List<SubgraphEdge>();
        foreach (var node in set)
        {
            foreach (var edge in graph.EdgesOf(node))
            {
                if (set.Contains(edge.Target) && seen.Add(edge.LinkId)) edges.Add(new SubgraphEdge(node, edge.Target, edge.LinkId, edge.Kind));
            }
        }
        return edges;
    }

    /// <summary>Shortest path by bidirectional breadth-first search (the smaller frontier grows each round); null if none within maxHops.</summary>
    public static GraphPath? ShortestPath(GraphSnapshot graph, int from, int to, GraphFilter filter, int maxHops = 12)
    {
        from = graph.Canonical[from];
        to = graph.Canonical[to];
        if (from == to) return new GraphPath([from], []);
        var parentForward = new Dictionary<int, (int Node, Edge Edge)> { [from] = (-1, default) };
        var parentBackward = new Dictionary<int, (int Node, Edge Edge)> { [to] = (-1, default) };
        var forward = new List<int> { from };
        var backward = new List<int> { to };
        for (var hops = 0; hops < maxHops && forward.Count > 0 && backward.Count > 0; hops++)
        {
            var growForward = forward.Count <= backward.Count;
            var (frontier, parents, others) = growForward ? (forward, parentForward, parentBackward) : (backward, parentBackward, parentForward);
            var next = new List<int>();
            var meeting = -1;
            foreach (var node in frontier)
            {
                foreach (var edge in graph.EdgesOf(node))
                {
                    // Interior nodes must pass the filter; the two endpoints are whatever the analyst picked.
                    if (parents.ContainsKey(edge.Target)) continue;
                    if (edge.Target != from && edge.Target != to && !filter.Allows(graph, edge)) continue;
                    parents[edge.Target] = (node, edge);
                    if (others.ContainsKey(edge.Target))
                    {
                        meeting = edge.Target;
                        break;
                    }
                    next.Add(edge.Target);
                }
                if (meeting >= 0) break;
            }
            if (meeting >= 0) return Join(meeting, parentForward, parentBackward);
            if (growForward) forward = next; else backward = next;
        }
        return null;
    }

    private static GraphPath Join(int meeting, Dictionary<int, (int Node, Edge Edge)> forward, Dictionary<int, (int Node, Edge Edge)> backward)
    {
        var nodes = new List<int>();
        var links = new List<SubgraphEdge>();
        for (var node = meeting; node >= 0; node = forward[node].Node)
        {
            nodes.Add(node);
            var (parent, edge) = forward[node];
            if (parent >= 0) links.Add(new SubgraphEdge(parent, node, edge.LinkId, edge.Kind));
        }
        nodes.Reverse();
        links.Reverse();
        for (var node = meeting; backward[node].Node >= 0;)
        {
            var (parent, edge) = backward[node];
            nodes.Add(parent);
            links.Add(new SubgraphEdge(node, parent, edge.LinkId, edge.Kind));
            node = parent;
        }
        return new GraphPath(nodes, links);
    }

    /// <summary>
    /// Communities by the local-moving phase of Louvain: nodes, in a fixed order, move to the neighbouring community with
    /// the largest modularity gain (staying put on ties) until a round moves nobody or the round limit is hit.
    /// Deterministic. Returns a community id per dense index (merged nodes share their survivor's). With
    /// <paramref name="initial"/> (the partition of a slightly different graph, same dense indexes) and the
    /// <paramref name="changed"/> nodes, moving starts from that partition and visits only the nodes around the change.
    /// <paramref name="adjacency"/> is the filtered adjacency when the caller already built it.
    /// </summary>
    public static int[] Communities(GraphSnapshot graph, GraphFilter? filter = null, int maxRounds = 15, int[]? initial = null,
        IReadOnlyCollection<int>? changed = null, (int[] Offsets, int[] Targets)? adjacency = null)
    {
        filter ??= GraphFilter.Investigation;
        var n = graph.NodeCount;
        var (offsets, targets) = adjacency ?? FilteredAdjacency(graph, filter);
        var community = new int[n];
        var degree = new double[n];
        var total = new double[n];
        double twiceLinks = 0;
        var active = new List<int>();
        for (var v = 0; v < n; v++)
        {
            community[v] = initial is not null && v < initial.Length ? initial[v] : v;
            degree[v] = offsets[v + 1] - offsets[v];
            twiceLinks += degree[v];
            if (degree[v] > 0) active.Add(v);
        }
        for (var v = 0; v < n; v++) total[community[v]] += degree[v];
        if (twiceLinks == 0) return community;
        var weightTo = new Dictionary<int, double>();

        bool Move(int v)
        {
            weightTo.Clear();
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var c = community[targets[e]];
                weightTo[c] = weightTo.GetValueOrDefault(c) + 1;
            }
            var own = community[v];
            total[own] -= degree[v];
            // Gain of joining c, up to a constant: k_v,in(c) - tot(c) * k_v / 2m.
            var best = own;
            var bestGain = weightTo.GetValueOrDefault(own) - total[own] * degree[v] / twiceLinks;
            foreach (var (c, weight) in weightTo)
            {
                var gain = weight - total[c] * degree[v] / twiceLinks;
                if (gain > bestGain + 1e-12 || Math.Abs(gain - bestGain) <= 1e-12 && c < best && best != own)
                    (best, bestGain) = (c, gain);
            }
            total[best] += degree[v];
            if (best == own) return false;
            community[v] = best;
            return true;
        }

        if (initial is not null && changed is not null)
        {
            // Incremental: start from the previous partition and revisit only the changed nodes and their neighbours,
            // spreading to the neighbours of whoever moves, until nobody near the change wants to move.
            var queue = new Queue<int>();
            var queued = new bool[n];
            void Enqueue(int v)
            {
                if (queued[v] || degree[v] == 0) return;
                queued[v] = true;
                queue.Enqueue(v);
            }
            foreach (var v in changed.Select(c => graph.Canonical[c]).Distinct().Order())
            {
                Enqueue(v);
                for (var e = offsets[v]; e < offsets[v + 1]; e++) Enqueue(targets[e]);
            }
            var budget = (long)maxRounds * Math.Max(1, active.Count);
            while (queue.Count > 0 && budget-- > 0)
            {
                var v = queue.Dequeue();
                queued[v] = false;
                if (!Move(v)) continue;
                for (var e = offsets[v]; e < offsets[v + 1]; e++) Enqueue(targets[e]);
            }
        }
        else
        {
            for (var round = 0; round < maxRounds; round++)
            {
                var moved = 0;
                foreach (var v in active) if (Move(v)) moved++;
                if (moved == 0) break;
            }
        }
        for (var v = 0; v < n; v++) community[v] = community[graph.Canonical[v]];
        return community;
    }

    /// <summary>
    /// PageRank by power iteration; with <paramref name="restart"/> it is personalised (teleports only to those nodes),
    /// which is how risk flows out from seizures. Dangling mass returns to the teleport set. With <paramref name="initial"/>
    /// (the result on a slightly different graph, same dense indexes) iteration starts there and stops once a round changes
    /// the ranks by less than <paramref name="tolerance"/> in total: after a merge a few rounds suffice.
    /// </summary>
    public static double[] PageRank(GraphSnapshot graph, GraphFilter? filter = null, IReadOnlyCollection<int>? restart = null,
        double damping = 0.85, int iterations = 30, double[]? initial = null, double tolerance = 0, (int[] Offsets, int[] Targets)? adjacency = null)
    {
        filter ??= GraphFilter.All;
        var n = graph.NodeCount;
        var (offsets, targets) = adjacency ?? FilteredAdjacency(graph, filter);
        var active = Enumerable.Range(0, n).Where(v => Active(graph, filter, v)).ToList();
        var teleport = new double[n];
        var teleportTo = restart is { Count: > 0 } ? restart.Select(r => graph.Canonical[r]).Distinct().ToList() : active;
        foreach (var t in teleportTo) teleport[t] = 1.0 / teleportTo.Count;

        var rank = (double[])teleport.Clone();
        if (initial is not null)
        {
            Array.Clear(rank);
            double mass = 0;
            foreach (var v in active) mass += v < initial.Length ? initial[v] : 0;
            // Merged-away nodes lose their rank: renormalise what the active nodes hold so the total stays 1.
            if (mass > 0) foreach (var v in active) rank[v] = v < initial.Length ? initial[v] / mass : 0;
            else rank = (double[])teleport.Clone();
        }
        var next = new double[n];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(next);
            double dangling = 0;
            foreach (var v in active)
            {
                var degree = offsets[v + 1] - offsets[v];
                if (degree == 0)
                {
                    dangling += rank[v];
                    continue;
                }
                var share = damping * rank[v] / degree;
                for (var e = offsets[v]; e < offsets[v + 1]; e++) next[targets[e]] += share;
            }
            var spread = (1 - damping) + damping * dangling;
            foreach (var t in teleportTo) next[t] += spread * teleport[t];
            (rank, next) = (next, rank);
            if (tolerance > 0)
            {
                double change = 0;
                for (var v = 0; v < n; v++) change += Math.Abs(rank[v] - next[v]);
                if (change < tolerance) break;
            }
        }
        return rank;
    }

    private static bool Active(GraphSnapshot graph, GraphFilter filter, int v) =>
        !graph.IsMerged(v) && (filter.NodeKinds?.Contains(graph.Kinds[v]) ?? true);

    /// <summary>
    /// The filtered graph as plain CSR arrays, built once so whole-graph iterations (PageRank, communities) do not
    /// evaluate the filter on every edge of every round.
    /// </summary>
    public static (int[] Offsets, int[] Targets) FilteredAdjacency(GraphSnapshot graph, GraphFilter filter)
    {
        var n = graph.NodeCount;
        var offsets = new int[n + 1];
        var targets = new List<int>(n * 2);
        for (var v = 0; v < n; v++)
        {
            if (Active(graph, filter, v))
            {
                foreach (var edge in graph.EdgesOf(v))
                    if (filter.Allows(graph, edge)) targets.Add(edge.Target);
            }
            offsets[v + 1] = targets.Count;
        }
        return (offsets, targets.ToArray());
    }

    /// <summary>
    /// Shortest paths (up to <paramref name="limit"/>) from a node to the nearest nodes of <paramref name="targets"/>:
    /// the explanation behind a network risk ("2 hops from seizure X through shared phone Y").
    /// </summary>
    public static List<GraphPath> PathsToNearest(GraphSnapshot graph, int from, IReadOnlySet<int> targets, GraphFilter filter, int maxHops = 6, int limit = 3)
    {
        from = graph.Canonical[from];
        var parents = new Dictionary<int, (int Node, Edge Edge)> { [from] = (-1, default) };
        var found = new List<int>();
        if (targets.Contains(from)) found.Add(from);
        var frontier = new List<int> { from };
        for (var hops = 0; hops < maxHops && frontier.Count > 0 && found.Count < limit; hops++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var edge in graph.EdgesOf(node))
                {
                    if (parents.ContainsKey(edge.Target) || !filter.Allows(graph, edge) && !targets.Contains(edge.Target)) continue;
                    parents[edge.Target] = (node, edge);
                    if (targets.Contains(edge.Target)) found.Add(edge.Target);
                    else next.Add(edge.Target);
                }
            }
            frontier = next;
        }
        return found.Take(limit).Select(target =>
        {
            var nodes = new List<int>();
            var links = new List<SubgraphEdge>();
            for (var node = target; node >= 0; node = parents[node].Node)
            {
                nodes.Add(node);
                var (parent, edge) = parents[node];
                if (parent >= 0) links.Add(new SubgraphEdge(parent, node, edge.LinkId, edge.Kind));
            }
            nodes.Reverse();
            links.Reverse();
            return new GraphPath(nodes, links);
        }).ToList();
    }
}
