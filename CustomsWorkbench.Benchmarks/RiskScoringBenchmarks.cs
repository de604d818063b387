using BenchmarkDotNet.Attributes;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo;
using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Demo.World;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.ML;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// Batch scoring of 100,000 demo declarations, features included: one chronological feature pass, then one ML.NET
/// Transform per model over the whole batch and the rank score. The baseline computes the same features and scores
/// row by row through PredictionEngines. Declarations per second = 100,000 / mean time.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class RiskScoringBenchmarks
{
    private const int Declarations = 100_000;
    private string _folder = "";
    private List<RiskRecord> _records = [];
    private RiskModel _model = null!;
    private readonly RiskOptions _options = new();

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("cw-risk-bench-").FullName;
        var connectionString = DataServiceCollectionExtensions.ConnectionStringFor(_folder);
        var dbOptions = new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(connectionString).Options;
        using (var db = new WorkbenchDbContext(dbOptions))
        {
            db.Database.Migrate();
            new ReferenceDataSeeder(ReferenceDataFiles.Shipped).SeedAsync(db, new InlineProgress<string>(_ => { }), default).GetAwaiter().GetResult();
        }
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            new DemoWorldGenerator(ReferenceDataFiles.Shipped).GenerateAndStore(connection, new DemoWorldSettings(20260401, Declarations, 12), new InlineProgress<string>(_ => { }));
        }
        _records = new RiskRecordLoader(new SingleFactory(dbOptions)).LoadAllAsync().GetAwaiter().GetResult();
        var features = NewState().BuildChronological(_records);
        _model = new RiskModelTrainer(_options).Train(_records, features, _ => true, "bench")
            ?? throw new InvalidOperationException("Too few labels to train.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public double OneByOnePredictionEngine()
    {
        var features = NewState().BuildChronological(_records);
        var ml = _model.Context;
        using var classifier = ml.Model.CreatePredictionEngine<RiskModelInput, RiskModelOutput>(_model.Classifier);
        using var revenue = ml.Model.CreatePredictionEngine<RiskModelInput, RevenueOutput>(_model.Revenue);
        var input = new RiskModelInput();
        var sum = 0.0;
        for (var i = 0; i < _records.Count; i++)
        {
            Array.Copy(features, i * RiskFeatures.Count, input.Features, 0, RiskFeatures.Count);
            var p = classifier.Predict(input).Probability;
            var r = Math.Max(0, Math.Exp(revenue.Predict(input).Score) - 1);
            sum += RiskScore.Combine(p, p * r, _model.Metadata.RevenueHalfPoint, _options.ProbabilityWeight);
        }
        return sum;
    }

    [Benchmark]
    public double BatchTransform()
    {
        var features = NewState().BuildChronological(_records);
        var scores = BatchScorer.Score(_model, features, _records.Count, _options.ProbabilityWeight);
        return scores.Score[^1];
    }

    /// <summary>The chronological feature pass alone, to show how the batch time splits.</summary>
    [Benchmark]
    public float FeaturesOnly() => NewState().BuildChronological(_records)[^1];

    private FeatureState NewState() => new(_options.PriorStrength, _options.MinPeers);

    public sealed class RevenueOutput
    {
        public float Score { get; set; }
    }

    private sealed class SingleFactory(DbContextOptions<WorkbenchDbContext> options) : IDbContextFactory<WorkbenchDbContext>
    {
        public WorkbenchDbContext CreateDbContext() => new(options);
    }
}
