using BenchmarkDotNet.Attributes;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// Whole-graph analytics on the synthetic graph: community detection (Louvain local moving), and the full set of
/// measures the explorer caches per snapshot (PageRank, communities, risk from seizures). 100,000 links is the baseline.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GraphCommunityBenchmarks
{
    private GraphSnapshot _graph = null!;

    [Params(100_000, 1_000_000)]
    public int Links { get; set; }

    [GlobalSetup]
    public void Setup() => _graph = GraphSynthetic.Build(Links);

    [Benchmark]
    public int Communities() => GraphAnalytics.Communities(_graph).Distinct().Count();

    [Benchmark]
    public double AllMeasures() => GraphMetrics.Compute(_graph).Risk.Max();
}
