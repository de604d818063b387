using BenchmarkDotNet.Attributes;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo;
using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Demo.World;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// The demo world part of a first start: generate and store N declarations (with parcels, seizures, ground truth)
/// into a freshly migrated SQLite file. The 5,000 case is the baseline for the ratio.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DemoWorldBenchmarks
{
    private string _folder = "";
    private SqliteConnection? _connection;

    [Params(5_000, 50_000)]
    public int Declarations { get; set; }

    [IterationSetup]
    public void FreshDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("cw-bench-").FullName;
        var options = new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(DataServiceCollectionExtensions.ConnectionStringFor(_folder)).Options;
        using (var db = new WorkbenchDbContext(options))
        {
            db.Database.Migrate();
            new ReferenceDataSeeder(ReferenceDataFiles.Shipped).SeedAsync(db, new InlineProgress<string>(_ => { }), default).GetAwaiter().GetResult();
        }
        _connection = new SqliteConnection(DataServiceCollectionExtensions.ConnectionStringFor(_folder));
        _connection.Open();
    }

    [Benchmark]
    public int GenerateAndStore() => new DemoWorldGenerator(ReferenceDataFiles.Shipped)
        .GenerateAndStore(_connection!, new DemoWorldSettings(20260401, Declarations, 12), new InlineProgress<string>(_ => { })).Declarations;

    [IterationCleanup]
    public void Cleanup()
    {
        _connection?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
