using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using CustomsWorkbench.Features.TraderSupport.Classification;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// One HS classification (retrieval over ~10,000 documents, re-ranking of up to 80 candidates, calibration and the
/// reasons of the top 5) against retrieval alone as the baseline, cycling through the validation descriptions
/// (Korean and English). The setup also prints the per-call p95 the 100 ms target is about.
/// </summary>
[Config(typeof(Percentiles))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class HsClassificationBenchmarks
{
    private HsClassifierEngine _engine = null!;
    private string[] _descriptions = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _engine = HsClassifierTrainer.Train(ClassificationKnowledge.Shipped([]), LabelledDescriptions.Validation());
        _descriptions = LabelledDescriptions.Validation().Select(d => d.Description).ToArray();
        var times = new List<double>();
        for (var i = 0; i < 1000; i++)
        {
            var started = Stopwatch.GetTimestamp();
            Classify();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"// per-call classification latency over {times.Count} calls: p50 {times[times.Count / 2]:0.00} ms, " +
                          $"p95 {times[(int)(times.Count * 0.95)]:0.00} ms, max {times[^1]:0.00} ms");
    }

    private string Next() => _descriptions[_next++ % _descriptions.Length];

    [Benchmark(Baseline = true)]
    public int RetrievalOnly() => _engine.Scorer.Score(Next()).Candidates.Count;

    [Benchmark]
    public int Classify() => SuggestionBuilder.Build(_engine, _engine.Rank(Next())).Count;

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95);
    }
}
