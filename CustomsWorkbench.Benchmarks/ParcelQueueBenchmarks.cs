using BenchmarkDotNet.Attributes;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// The parcel desk queue's page query (count + page of 50 rows with office and flags) through <see cref="ParcelQueueQuery"/>
/// on a SQLite file with N parcels over a year, as the server runs it for one grid load. Most of the year is decided
/// (cleared or closed); the last days are open (3%), claimed, held or awaiting an outcome; 12% of parcels carry flags.
/// </summary>
[Config(typeof(InProcessLongJob.Queries))]
public class ParcelQueueBenchmarks
{
    /// <summary>Bump when the generated data or the schema changes, so cached databases are rebuilt.</summary>
    private const string DataVersion = "v3";
    private const int Sellers = 5_000;
    private const int Codes = 200_000;
    private static readonly string[] Origins = ["CN", "US", "JP", "DE", "VN", "GB", "FR", "IT"];
    private static readonly string[] FlagCodes =
    [
        ParcelFlagCodes.OverDeMinimis, ParcelFlagCodes.CombinedTaxation, ParcelFlagCodes.SplitShipment, ParcelFlagCodes.Undervalued,
        ParcelFlagCodes.PcccMisuse, ParcelFlagCodes.Resale, ParcelFlagCodes.RestrictedGoods,
    ];

    private ParcelQueueQuery _query = null!;

    [Params(100_000, 1_000_000)]
    public int Parcels { get; set; }

    [GlobalSetup]
    public void CreateDatabase()
    {
        var options = BenchSqlite.Cached("cw-parcel-queue-bench", $"{Parcels}-{DataVersion}", connection => Insert(connection, Parcels));
        _query = new ParcelQueueQuery(new PooledDbContextFactory<WorkbenchDbContext>(options), TimeProvider.System);
    }

    [Benchmark(Description = "Open queue, by arrival (default)")]
    public Task<Page<ParcelQueueRow>> OpenByArrival() => Page(new ParcelQueueFilter());

    [Benchmark(Description = "Open queue, flag split-shipment")]
    public Task<Page<ParcelQueueRow>> FlagFilter() => Page(new ParcelQueueFilter(FlagCode: ParcelFlagCodes.SplitShipment));

    [Benchmark(Description = "Open queue, seller starts with")]
    public Task<Page<ParcelQueueRow>> SellerFilter() => Page(new ParcelQueueFilter(Seller: "Shop 12"));

    [Benchmark(Description = "All statuses, by arrival, page 100")]
    public Task<Page<ParcelQueueRow>> AllStatusesPage() => Page(new ParcelQueueFilter(View: ParcelQueueView.All), page: 100);

    [Benchmark(Description = "All statuses, flag + seller")]
    public Task<Page<ParcelQueueRow>> AllStatusesFlagSeller() =>
        Page(new ParcelQueueFilter(View: ParcelQueueView.All, FlagCode: ParcelFlagCodes.Resale, Seller: "Shop 12"));

    private Task<Page<ParcelQueueRow>> Page(ParcelQueueFilter filter, int page = 0) =>
        _query.GetPageAsync(filter, new PageRequest(page, 50, null, true), "officer");

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();

    /// <summary>Raw prepared inserts in one transaction.</summary>
    private static void Insert(SqliteConnection connection, int rows)
    {
        var random = new Random(20261203);
        using var tx = connection.BeginTransaction();
        var offices = BenchSqlite.Ids(connection, tx, "Offices").Take(4).ToList();
        var start = new DateOnly(2025, 12, 1);
        const int days = 365;
        using var parcel = BenchSqlite.Prepare(connection, tx,
            "INSERT INTO Parcels (Id, TrackingNumber, RecipientName, PersonalCustomsCode, RecipientPhone, RecipientAddress, SenderName, OriginCountryCode, " +
            "GoodsDescription, Quantity, DeclaredValueUsd, ArrivedOn, OfficeId, Source, Status, RiskScore, RiskModelVersion, DeskVersion, ClaimedBy) " +
            "VALUES ($id, $no, $name, $code, $phone, $address, $seller, $origin, $goods, $qty, $value, $date, $office, 'Demo', $status, $score, 'parcel-bench-1', 0, $claimed)",
            ["$id", "$no", "$name", "$code", "$phone", "$address", "$seller", "$origin", "$goods", "$qty", "$value", "$date", "$office", "$status", "$score", "$claimed"]);
        using var flag = BenchSqlite.Prepare(connection, tx,
            "INSERT INTO ParcelFlags (ParcelId, Code, EvidenceEn, EvidenceKo, RelatedTrackingNumbers, RaisedAtUtc) VALUES ($id, $code, $en, $ko, '', $at)",
            ["$id", "$code", "$en", "$ko", "$at"]);
        for (var i = 0; i < rows; i++)
        {
            var id = i + 1;
            var day = (int)((long)i * days / rows);
            var code = random.Next(Codes);
            // The newest 4% of the year are still being worked; everything older is decided.
            var roll = random.NextDouble();
            var status = i < rows * 0.96 ? (roll < 0.9 ? "Cleared" : "Closed")
                : roll < 0.75 ? "Open" : roll < 0.85 ? "HeldForDocuments" : roll < 0.95 ? "Inspecting" : "ReferredForMisuse";
            var claimed = status == "Open" && roll < 0.05 ? "officer" : null;
            BenchSqlite.Set(parcel, id, $"PB{id:D10}", $"Recipient {code}", $"P{code:D12}", $"010-{code % 10_000:D4}-{code / 10_000:D4}",
                $"{code % 500} Teheran-ro, Seoul", $"Shop {random.Next(Sellers):D4}", Origins[random.Next(Origins.Length)], "Vitamin C 1000mg",
                1 + random.Next(3), Math.Round(10 + random.NextDouble() * 200, 2), start.AddDays(day).ToString("yyyy-MM-dd"),
                offices[random.Next(offices.Count)], status, Math.Round(random.NextDouble(), 4), claimed);
            if (random.NextDouble() >= 0.12) continue;
            var flags = random.Next(5) == 0 ? 2 : 1;
            for (var f = 0; f < flags; f++)
            {
                BenchSqlite.Set(flag, id, FlagCodes[random.Next(FlagCodes.Length)], "Generated evidence", "생성된 근거", "2026-01-01 00:00:00");
            }
        }
        tx.Commit();
    }
}
