using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IHost = Microsoft.Extensions.Hosting.IHost;
using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// One file into an empty database, per iteration: the workbench import (probe, checks, bulk writes, batch, outbox,
/// audit, commit) against the same file loaded into a bare table by the sqlite3 shell's `.import` (the baseline, no
/// checks, no indexes). Each iteration starts from a freshly migrated database, prepared outside the measured time.
/// The host carries the data platform, audit, outbox and import registrations only: arrival sinks (scoring, flags)
/// are measured on their own (RiskScoringBenchmarks), so this is the import's own cost. Rows/s = rows / mean.
/// </summary>
[Config(typeof(InProcessMonitoring))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ImportThroughputBenchmarks
{
    /// <summary>200,000 rows; IMPORT_BENCH_ROWS overrides it for a quick check that the benchmark runs.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    public static IEnumerable<int> Sizes => [int.TryParse(Environment.GetEnvironmentVariable("IMPORT_BENCH_ROWS"), out var rows) ? rows : 200_000];

    private string _root = "";
    private string _declarations = "";
    private string _manifest = "";
    private string _folder = "";
    private IHost? _host;

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("cw-import-bench-").FullName;
        _declarations = ImportFiles.Declarations(_root, Rows);
        _manifest = ImportFiles.Manifest(_root, Rows);
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("cw-import-bench-db-").FullName;
        _host = BuildHost(_folder);
        _host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        _host?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true), BenchmarkCategory("BACUDA declarations")]
    public int Declarations_sqlite3_import() => Sqlite3Import(_declarations);

    [Benchmark, BenchmarkCategory("BACUDA declarations")]
    public int Declarations_workbench_import() => Import(_declarations, "declarations.csv");

    [Benchmark(Baseline = true), BenchmarkCategory("Parcel manifest")]
    public int Manifest_sqlite3_import() => Sqlite3Import(_manifest);

    [Benchmark, BenchmarkCategory("Parcel manifest")]
    public int Manifest_workbench_import() => Import(_manifest, "manifest.csv");

    private int Import(string path, string name)
    {
        var report = _host!.Services.GetRequiredService<FileImporter>().ImportFileAsync(path, name, "benchmark").GetAwaiter().GetResult();
        if (!report.Succeeded || report.Inserted != Rows) throw new InvalidOperationException($"Import failed: {string.Join("; ", report.Errors.Take(3))}");
        return report.Inserted;
    }

    /// <summary>The database's own CSV loader into a new file: one transaction, a table made from the header, no checks.</summary>
    private int Sqlite3Import(string path)
    {
        var start = new ProcessStartInfo("sqlite3", [Path.Combine(_folder, "bare.db"), ".import --csv " + path + " bare"]) { RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("sqlite3 .import failed: " + errors);
        return Rows;
    }

    /// <summary>
    /// One import per iteration, in process: a generated boilerplate project takes longer than BenchmarkDotNet's two-minute
    /// build timeout on the shared 2-core machine, and a multi-second operation needs no separate process to be measured.
    /// </summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1)
            .WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private static IHost BuildHost(string folder)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["Workbench:DataFolder"] = folder;
        builder.Logging.ClearProviders();
        // IMPORT_BENCH_LOG=1 prints the import's own breakdown (probe, lookups, bulk writes) beside BenchmarkDotNet's figures.
        if (Environment.GetEnvironmentVariable("IMPORT_BENCH_LOG") == "1") builder.Logging.AddSimpleConsole().AddFilter((category, level) =>
            category == typeof(DeclarationImportService).FullName && level >= LogLevel.Information);
        builder.AddWorkbenchData();
        builder.AddAudit();
        builder.AddOutbox();
        builder.AddImports();
        builder.Services.AddOptions<PersonalImportsOptions>();
        builder.Services.AddSingleton<IImportDoor, ParcelManifestDoor>();
        builder.Services.AddSingleton<IOutboxTopic, ParcelArrivalTopic>();
        return builder.Build();
    }
}
