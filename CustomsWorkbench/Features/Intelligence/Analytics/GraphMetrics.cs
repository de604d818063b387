using System.Runtime.CompilerServices;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>Whole-graph results for one snapshot: centrality, communities and network risk from seizures.</summary>
public sealed class GraphMeasures
{
    public required double[] PageRank { get; init; }
    public required int[] Community { get; init; }
    /// <summary>0..1: personalised PageRank from seizure cases, scaled so the 99th percentile of other nodes is 1.</summary>
    public required double[] Risk { get; init; }
    public required IReadOnlySet<int> Seizures { get; init; }
    /// <summary>The unscaled personalised PageRank behind <see cref="Risk"/> (a warm start for the next snapshot's).</summary>
    public required double[] SeizureRank { get; init; }
    /// <summary>True when computed from the previous snapshot's measures (after a merge) rather than from scratch.</summary>
    public bool Incremental { get; init; }
    public TimeSpan Elapsed { get; init; }
}

/// <summary>
/// Computes <see cref="GraphMeasures"/> once per snapshot (the index hands out a new snapshot on every change, so the
/// cache key is the snapshot itself and a stale result can never be served).
/// </summary>
public sealed class GraphMetrics(GraphIndex index, ILogger<GraphMetrics>? logger = null)
{
    /// <summary>
    /// Warm-started rounds stop once the ranks change by less than this in total (L1).
    /// The remaining error is then about 6 × this, below what 30 cold rounds leave (0.85^30 ≈ 0.8% of the mass).</summary>
    public const double WarmTolerance = 1e-4;

    /// <summary>A failed computation is not cached: the next reader computes again.</summary>
    private readonly ConditionalWeakTable<GraphSnapshot, RetryingLazy<GraphMeasures>> _cache = new();

    /// <summary>The computation (<see cref="Compute"/>; replaced by tests that need it to fail).</summary>
    internal Func<GraphSnapshot, GraphMeasures?, IReadOnlyCollection<int>?, GraphMeasures> Computation { get; init; } = Compute;

    public async Task<(GraphSnapshot Graph, GraphMeasures Measures)> GetAsync(CancellationToken ct = default)
    {
        var graph = await index.GetAsync(ct);
        var lazy = _cache.GetValue(graph, g => new RetryingLazy<GraphMeasures>(() => Task.Run(() => Log(Computation(g, null, null)))));
        return (graph, await lazy.GetAsync().WaitAsync(ct));
    }

    /// <summary>
    /// After a merge reshaped <paramref name="previous"/> into <paramref name="next"/> (same dense indexes): when the
    /// previous measures are known or already on their way (a warm start themselves, after merges in a row), the next ones
    /// start from them instead of from scratch.
    /// </summary>
    public void WarmFrom(GraphSnapshot previous, GraphSnapshot next)
    {
        if (!_cache.TryGetValue(previous, out var before)) return;
        var changed = ChangedNodes(previous, next);
        _cache.AddOrUpdate(next, new RetryingLazy<GraphMeasures>(async () =>
        {
            var start = await before.GetAsync();
            return await Task.Run(() => Log(Computation(next, start, changed)));
        }));
    }

    /// <summary>Dense indexes whose survivor differs between two snapshots with the same node order, with both survivors.</summary>
    public static List<int> ChangedNodes(GraphSnapshot previous, GraphSnapshot next)
    {
        var changed = new List<int>();
        for (var v = 0; v < Math.Min(previous.NodeCount, next.NodeCount); v++)
            if (previous.Canonical[v] != next.Canonical[v]) changed.AddRange([v, previous.Canonical[v], next.Canonical[v]]);
        return changed;
    }

    private GraphMeasures Log(GraphMeasures measures)
    {
        logger?.LogInformation("Graph measures computed ({Mode}) in {Ms} ms", measures.Incremental ? "warm start" : "from scratch", measures.Elapsed.TotalMilliseconds);
        return measures;
    }

    /// <param name="previous">Measures of a snapshot with the same dense indexes (before a merge) to start from, or null.</param>
    /// <param name="changed">Dense indexes whose merge state changed since <paramref name="previous"/> (communities move around them only).</param>
    public static GraphMeasures Compute(GraphSnapshot graph, GraphMeasures? previous = null, IReadOnlyCollection<int>? changed = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var filter = GraphFilter.Investigation;
        var warm = previous is not null && previous.PageRank.Length <= graph.NodeCount;
        var tolerance = warm ? WarmTolerance : 0;
        var adjacency = GraphAnalytics.FilteredAdjacency(graph, filter);
        var seizures = Enumerable.Range(0, graph.NodeCount).Where(v => graph.Kinds[v] == NodeKind.SeizureCase && !graph.IsMerged(v)).ToHashSet();
        var pageRank = GraphAnalytics.PageRank(graph, filter, initial: warm ? previous!.PageRank : null, tolerance: tolerance, adjacency: adjacency);
        var ppr = seizures.Count > 0
            ? GraphAnalytics.PageRank(graph, filter, seizures, initial: warm ? previous!.SeizureRank : null, tolerance: tolerance, adjacency: adjacency)
            : new double[graph.NodeCount];
        var others = Enumerable.Range(0, graph.NodeCount).Where(v => !seizures.Contains(v) && ppr[v] > 0).Select(v => ppr[v]).Order().ToArray();
        var scale = others.Length == 0 ? 1 : others[Math.Min(others.Length - 1, (int)(others.Length * 0.99))];
        var risk = ppr.Select((r, v) => seizures.Contains(v) ? 1.0 : Math.Min(1.0, r / scale)).ToArray();
        return new GraphMeasures
        {
            PageRank = pageRank,
            Community = GraphAnalytics.Communities(graph, filter, initial: warm ? previous!.Community : null,
                changed: warm ? changed ?? Enumerable.Range(0, graph.NodeCount).ToList() : null, adjacency: adjacency),
            Risk = risk,
            SeizureRank = ppr,
            Seizures = seizures,
            Elapsed = watch.Elapsed,
            Incremental = warm,
        };
    }
}
