using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CustomsWorkbench.Features.PersonalImports.Evaluation;
using CustomsWorkbench.Features.PersonalImports.Flags;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// All seven parcel flags on N planted parcels over a year: the first half as stored history, the second half arriving,
/// against a baseline in the same run that only groups the same parcels by code. Near-linear flagging keeps the ratio
/// between the two sizes close to 10.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ParcelFlagBenchmarks
{
    private IReadOnlyList<ManifestParcel> _history = [];
    private IReadOnlyList<ManifestParcel> _arriving = [];
    private readonly ParcelFlagger _flagger = new(ParcelGoodsTables.Shipped);

    [Params(100_000, 1_000_000)]
    public int Parcels { get; set; }

    [GlobalSetup]
    public void Plant()
    {
        var manifest = ParcelScenario.Generate(ParcelScenario.ValidationSeed, Parcels, dayCount: 365).Manifest;
        var split = manifest.Count / 2;
        _history = manifest.Take(split).ToList();
        _arriving = manifest.Skip(split).ToList();
    }

    [Benchmark(Baseline = true)]
    public int GroupByCode() => _history.Concat(_arriving).GroupBy(p => p.Pccc.Trim().ToUpperInvariant()).Count();

    [Benchmark]
    public int FlagAll() => _flagger.Flag(_history, _arriving, new Dictionary<string, CodeRegistration>()).Count;
}
