using BenchmarkDotNet.Attributes;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// What an accepted merge costs the explorer: reshaping the in-memory graph (instead of reloading it from the database)
/// and recomputing the whole-graph measures cold (as before) or warm-started from the previous snapshot's measures.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GraphMergeBenchmarks
{
    private GraphSnapshot _graph = null!;
    private GraphSnapshot _merged = null!;
    private GraphMeasures _measures = null!;

    [Params(100_000, 1_000_000)]
    public int Links { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphSynthetic.Build(Links);
        _measures = GraphMetrics.Compute(_graph);
        // Two companies a few ids apart: the typical duplicate pair, merged.
        _merged = _graph.WithMergedInto(_graph.NodeIds[1_000], _graph.NodeIds[1_001]);
    }

    [Benchmark]
    public int ReshapeInMemory() => _graph.WithMergedInto(_graph.NodeIds[1_000], _graph.NodeIds[1_001]).LinkCount;

    [Benchmark(Baseline = true)]
    public double MeasuresCold() => GraphMetrics.Compute(_merged).Risk.Max();

    [Benchmark]
    public double MeasuresWarm() => GraphMetrics.Compute(_merged, _measures, GraphMetrics.ChangedNodes(_graph, _merged)).Risk.Max();
}
