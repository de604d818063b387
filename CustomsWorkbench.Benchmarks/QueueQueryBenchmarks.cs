using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Records;
using Microsoft.Data.Sqlite;
using static CustomsWorkbench.Benchmarks.BenchSqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// The risk queue's page query (count + page of 50 joined rows) through <see cref="RiskQueueQuery"/> on a SQLite file
/// with N declarations and N queue rows, as the server runs it for one grid load. The history is mostly closed; the last
/// days are open (3%), claimed (0.5%) or awaiting a result (0.5%), like a queue that has been in use for a year.
/// Compare the 1,000,000 rows' FirstPage mean with the 100,000 rows' one for the scaling ratio.
/// </summary>
[Config(typeof(Percentiles))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class QueueQueryBenchmarks
{
    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95, StatisticColumn.Max);
    }

    /// <summary>Bump when the generated data or the schema changes, so cached databases are rebuilt.</summary>
    private const string DataVersion = "v2";
    private const int Importers = 20_000;
    private const int Declarants = 800;
    private static readonly string[] TariffCodes = ["8528521000", "6402990000", "8471300000", "6110200000", "3004909000", "9503003900", "2106909099", "8517130000", "4202920000", "6404110000"];
    private static readonly string[] Origins = ["CN", "VN", "US", "JP", "DE", "IT", "KH", "MY"];

    private string _folder = "";
    private RiskQueueQuery _query = null!;
    private int _officeId;

    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void CreateDatabase()
    {
        // Every benchmark case runs in its own process: the generated database is kept per size (read-only use) so only
        // the first case pays the minute of inserts. No ANALYZE: the app never runs it, so the planner sees what it sees there.
        _folder = Path.Combine(Path.GetTempPath(), "cw-queue-bench", $"{Rows}-{DataVersion}");
        var options = new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(DataServiceCollectionExtensions.ConnectionStringFor(_folder)).Options;
        if (!File.Exists(Path.Combine(_folder, "complete")))
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
            Directory.CreateDirectory(_folder);
            using (var db = new WorkbenchDbContext(options))
            {
                db.Database.Migrate();
                new ReferenceDataSeeder(ReferenceDataFiles.Shipped).SeedAsync(db, new InlineProgress<string>(_ => { }), default).GetAwaiter().GetResult();
            }
            using (var connection = new SqliteConnection(DataServiceCollectionExtensions.ConnectionStringFor(_folder)))
            {
                connection.Open();
                Insert(connection, Rows);
            }
            SqliteConnection.ClearAllPools();
            File.WriteAllText(Path.Combine(_folder, "complete"), DateTime.UtcNow.ToString("O"));
        }
        using (var db = new WorkbenchDbContext(options)) _officeId = db.Offices.OrderBy(o => o.Id).Select(o => o.Id).First();
        _query = new RiskQueueQuery(new PooledDbContextFactory<WorkbenchDbContext>(options), TimeProvider.System);
    }

    [Benchmark(Description = "First page (open queue, score desc)")]
    public Task<Page<QueueRow>> FirstPage() => Page(new QueueFilter());

    [Benchmark(Description = "Sort by date (open queue)")]
    public Task<Page<QueueRow>> SortByDate() => Page(new QueueFilter(), nameof(QueueRow.Date), descending: false);

    [Benchmark(Description = "Filter red + office + min score")]
    public Task<Page<QueueRow>> FilterChannelOffice() => Page(new QueueFilter(Channel: Channel.Red, OfficeId: _officeId, MinScore: 0.8));

    [Benchmark(Description = "Filter tariff prefix, all statuses")]
    public Task<Page<QueueRow>> FilterTariffAllStatuses() => Page(new QueueFilter(View: QueueView.All, TariffPrefix: "8528"));

    [Benchmark(Description = "All statuses, score desc, page 100")]
    public Task<Page<QueueRow>> AllStatusesDeepPage() => Page(new QueueFilter(View: QueueView.All), page: 100);

    private Task<Page<QueueRow>> Page(QueueFilter filter, string? sortBy = null, bool descending = true, int page = 0) =>
        _query.GetPageAsync(filter, new PageRequest(page, 50, sortBy, descending), "officer");

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();

    /// <summary>Raw prepared inserts in one transaction: a million rows in well under a minute.</summary>
    private static void Insert(SqliteConnection connection, int rows)
    {
        var random = new Random(20261124);
        using var tx = connection.BeginTransaction();
        Exec(connection, tx, "INSERT INTO Importers (Id, Code, Name) VALUES ($a, $b, $c)", ["$a", "$b", "$c"], Importers,
            i => [i + 1, $"IM{i + 1:D8}", $"Importer {i + 1}"]);
        Exec(connection, tx, "INSERT INTO Declarants (Id, Code, Name) VALUES ($a, $b, $c)", ["$a", "$b", "$c"], Declarants,
            i => [i + 1, $"{40000 + i}", $"Broker {i + 1}"]);
        var offices = new List<long>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT Id FROM Offices";
            using var reader = read.ExecuteReader();
            while (reader.Read()) offices.Add(reader.GetInt64(0));
        }

        var start = new DateOnly(2025, 11, 1);
        var days = 365;
        var declaration = Prepare(connection, tx,
            "INSERT INTO Declarations (Id, Number, Date, ImporterId, DeclarantId, OfficeId, TransportMode, OriginCountryCode, MainTariffCode, FtaPreferenceClaimed, TotalFob, TotalCif, TotalTaxes, TotalGrossWeightKg, Source, Inspected, Version) " +
            "VALUES ($id, $no, $date, $imp, $decl, $office, 'Sea', $origin, $tariff, 0, $fob, $cif, $tax, 100, 'Demo', 0, $v)",
            ["$id", "$no", "$date", "$imp", "$decl", "$office", "$origin", "$tariff", "$fob", "$cif", "$tax", "$v"]);
        var triage = Prepare(connection, tx,
            "INSERT INTO DeclarationTriage (DeclarationId, Date, OfficeId, ImporterId, MainTariffCode, Score, RecommendedChannel, Reason, ModelVersion, Status, ClaimedBy, DecidedChannel, DecidedBy, Review, Version) " +
            "VALUES ($id, $date, $office, $imp, $tariff, $score, $channel, 'Model', 'risk-bench-1', $status, $claimed, $decided, $decidedBy, 'None', $v)",
            ["$id", "$date", "$office", "$imp", "$tariff", "$score", "$channel", "$status", "$claimed", "$decided", "$decidedBy", "$v"]);
        for (var i = 0; i < rows; i++)
        {
            var id = i + 1;
            var day = (int)((long)i * days / rows);
            var date = start.AddDays(day).ToString("yyyy-MM-dd");
            var importer = random.Next(Importers) + 1;
            var office = offices[random.Next(offices.Count)];
            var tariff = TariffCodes[random.Next(TariffCodes.Length)];
            var cif = Math.Round(random.NextDouble() * 50_000_000);
            var score = Math.Round(random.NextDouble(), 4);
            var channel = score >= 0.9 ? "Red" : score >= 0.7 ? "Yellow" : "Green";
            // The newest 4% of the year are still being worked; everything older is closed.
            var recent = i >= rows * 0.96;
            var roll = random.NextDouble();
            var status = !recent ? "Closed" : roll < 0.75 ? "Open" : roll < 0.875 ? "Claimed" : "Decided";
            var claimedBy = status is "Claimed" or "Decided" or "Closed" ? (random.Next(2) == 0 ? "officer" : "officer2") : null;
            var version = Guid.NewGuid().ToString().ToUpperInvariant();
            Set(declaration, id, $"BENCH-{id:D8}", date, importer, random.Next(Declarants) + 1, office, Origins[random.Next(Origins.Length)], tariff, cif * 0.95, cif, cif * 0.1, version);
            Set(triage, id, date, office, importer, tariff, score, channel, status, status == "Claimed" ? claimedBy : null,
                status is "Decided" or "Closed" ? channel : null, status is "Decided" or "Closed" ? claimedBy : null, version);
        }
        declaration.Dispose();
        triage.Dispose();
        tx.Commit();
    }
}
