using CustomsWorkbench.Platform.Data.Bulk;
using BenchmarkDotNet.Attributes;
using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Features.PersonalImports.Evaluation;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// All seven parcel flags on a planted manifest of N parcels over a year, against the baseline the issue asks for: the plain
/// import of the same manifest file through <see cref="ParcelManifestDoor"/> (probe, validate, write, no flag consumer) into
/// a freshly migrated SQLite file. Flagging judges every parcel from the parcels before it in the file, as an import into an
/// empty database does. GroupByCode (one pass grouping the same parcels by code) is kept as a floor for in-memory work.
/// Each iteration is long (seconds to minutes), so the job is a short monitoring run: no warm-up, two iterations.
/// </summary>
[Config(typeof(InProcessLongJob.LongRuns))]
public class ParcelFlagBenchmarks
{
    private IReadOnlyList<ManifestParcel> _manifest = [];
    private readonly ParcelFlagger _flagger = new(ParcelGoodsTables.Shipped);
    private string _file = "";
    private string _folder = "";
    private ParcelManifestDoor? _door;

    [Params(100_000, 1_000_000)]
    public int Parcels { get; set; }

    [GlobalSetup]
    public void Plant()
    {
        var scenario = ParcelScenario.Generate(ParcelScenario.ValidationSeed, Parcels, dayCount: 365);
        _manifest = scenario.Manifest;
        _file = Path.Combine(Directory.CreateTempSubdirectory("cw-parcel-flag-bench-").FullName, "manifest.csv");
        using var writer = new StreamWriter(_file);
        ScenarioCsv.WriteManifestAsync(scenario, writer).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(ImportManifest))]
    public void FreshDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("cw-parcel-import-bench-").FullName;
        var options = new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(DataServiceCollectionExtensions.ConnectionStringFor(_folder)).Options;
        using (var db = new WorkbenchDbContext(options))
        {
            db.Database.Migrate();
            new ReferenceDataSeeder(ReferenceDataFiles.Shipped).SeedAsync(db, new InlineProgress<string>(_ => { }), default).GetAwaiter().GetResult();
        }
        var factory = new PooledDbContextFactory<WorkbenchDbContext>(options);
        var workbench = Options.Create(new WorkbenchOptions { DataFolder = _folder });
        var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        // No topics: the arrival message is stored but nobody flags, so this is the plain import.
        var outbox = new OutboxDispatcher(factory, scopes, [], Options.Create(new OutboxOptions()), TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        var audit = new AuditLog(factory, TimeProvider.System, new AuditAnchorFile(workbench, NullLogger<AuditAnchorFile>.Instance), new AuditKey(workbench));
        _door = new ParcelManifestDoor(factory, new SqliteBulkWriter(), outbox, audit, Options.Create(new PersonalImportsOptions()), NullLogger<ParcelManifestDoor>.Instance);
    }

    [Benchmark(Baseline = true, Description = "Import manifest (no flags)")]
    public int ImportManifest()
    {
        var report = _door!.ImportFileAsync(_file, "manifest.csv", "bench", null, default).GetAwaiter().GetResult();
        return report.Inserted == Parcels ? report.Inserted : throw new InvalidOperationException($"import stored {report.Inserted} of {Parcels}");
    }

    [Benchmark(Description = "Flag all (7 rules, history in file)")]
    public int FlagAll() => _flagger.Flag([], _manifest, new Dictionary<string, CodeRegistration>()).Count;

    [Benchmark(Description = "Group by code")]
    public int GroupByCode() => _manifest.GroupBy(p => p.Pccc.Trim().ToUpperInvariant()).Count();

    [IterationCleanup(Target = nameof(ImportManifest))]
    public void DropDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
}
