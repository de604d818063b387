using System.Runtime.CompilerServices;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>Whole-graph results for one snapshot: centrality, communities and network risk from seizures.</summary>
public sealed class GraphMeasures
{
    public required double[] PageRank { get; init; }
    public required int[] Community { get; init; }
    /// <summary>0..1: personalised PageRank from seizure cases, scaled so the 99th percentile of other nodes is 1.</summary>
    public required double[] Risk { get; init; }
    public required IReadOnlySet<int> Seizures { get; init; }
    public TimeSpan Elapsed { get; init; }
}

/// <summary>
/// Computes <see cref="GraphMeasures"/> once per snapshot (the index hands out a new snapshot on every change, so the
/// cache key is the snapshot itself and a stale result can never be served).
/// </summary>
public sealed class GraphMetrics(GraphIndex index)
{
    private readonly ConditionalWeakTable<GraphSnapshot, Lazy<GraphMeasures>> _cache = new();

    public async Task<(GraphSnapshot Graph, GraphMeasures Measures)> GetAsync(CancellationToken ct = default)
    {
        var graph = await index.GetAsync(ct);
        var lazy = _cache.GetValue(graph, g => new Lazy<GraphMeasures>(() => Compute(g)));
        return (graph, await Task.Run(() => lazy.Value, ct));
    }

    public static GraphMeasures Compute(GraphSnapshot graph)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var filter = GraphFilter.Investigation;
        var seizures = Enumerable.Range(0, graph.NodeCount).Where(v => graph.Kinds[v] == NodeKind.SeizureCase && !graph.IsMerged(v)).ToHashSet();
        var pageRank = GraphAnalytics.PageRank(graph, filter);
        var ppr = seizures.Count > 0 ? GraphAnalytics.PageRank(graph, filter, seizures) : new double[graph.NodeCount];
        var others = Enumerable.Range(0, graph.NodeCount).Where(v => !seizures.Contains(v) && ppr[v] > 0).Select(v => ppr[v]).Order().ToArray();
        var scale = others.Length == 0 ? 1 : others[Math.Min(others.Length - 1, (int)(others.Length * 0.99))];
        var risk = ppr.Select((r, v) => seizures.Contains(v) ? 1.0 : Math.Min(1.0, r / scale)).ToArray();
        return new GraphMeasures
        {
            PageRank = pageRank,
            Community = GraphAnalytics.Communities(graph, filter),
            Risk = risk,
            Seizures = seizures,
            Elapsed = watch.Elapsed,
        };
    }
}
