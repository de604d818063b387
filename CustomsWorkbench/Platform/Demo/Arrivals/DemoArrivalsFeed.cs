using System.Globalization;
using CustomsWorkbench.Platform.Csv;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Demo.Arrivals;

/// <summary>
/// The demo office's live day: every <see cref="DemoShiftOptions.TickSeconds"/> the declarations and parcels that arrived
/// since the last tick (at <see cref="DemoShiftOptions.ArrivalsPerMinute"/>) come in through the real import path: a BACUDA
/// CSV and a parcel manifest handed to <see cref="FileImporter"/>, so they are validated, stored, recorded in the outbox,
/// scored on arrival and pushed to the open queues like any import. Each arrival is a demo-world record of the same kind
/// re-issued today under a new number (same trader, goods, route and office), so the traffic looks like the office's own.
/// Bounded (per tick and per day), idempotent (numbers carry the arrival time and a tick number, and the import skips a
/// file it already has), and one class with a clear start and stop: under several servers only the lease holder runs it.
/// Off when demo seeding is off or the rate is 0.
/// </summary>
public sealed class DemoArrivalsFeed(
    FileImporter importer, IDbContextFactory<WorkbenchDbContext> factory, IOptions<DemoShiftOptions> options,
    IOptions<WorkbenchOptions> workbench, Hosting.WorkLeases leases, TimeProvider clock, ILogger<DemoArrivalsFeed> logger) : BackgroundService
{
    public const string Actor = "demo-arrivals";
    /// <summary>The database lease that makes one server, of several sharing the database, bring the arrivals.</summary>
    public const string LeaseName = "demo.arrivals";
    /// <summary>At most this many declarations in one tick, whatever the rate (a stalled server does not flood on resume).</summary>
    public const int MaxPerTick = 200;

    private double _owed;
    private int _tick;

    public bool Enabled => workbench.Value.SeedDemoData && options.Value.ArrivalsPerMinute > 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        var interval = TimeSpan.FromSeconds(Math.Clamp(options.Value.TickSeconds, 1, 600));
        using var timer = new PeriodicTimer(interval, clock);
        // The first tick brings a few minutes' worth, so a fresh start opens on a queue with work in it.
        _owed = options.Value.ArrivalsPerMinute * 5;
        do
        {
            _owed += options.Value.ArrivalsPerMinute * interval.TotalMinutes;
            var count = (int)Math.Floor(_owed);
            _owed -= count;
            try
            {
                // Another server brings today's arrivals; this one owes nothing meanwhile, so a take-over does not flood.
                if (!await leases.TryHoldAsync(LeaseName, stoppingToken)) continue;
                await ArriveAsync(count, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed tick (database busy, a template rejected) is logged; the next tick goes on.
                logger.LogWarning(e, "Demo arrivals tick failed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>Brings <paramref name="declarations"/> new declarations (and their share of parcels) through the import. Returns how many were stored.</summary>
    public async Task<int> ArriveAsync(int declarations, CancellationToken ct = default)
    {
        var today = ShiftDay.Today(clock);
        await using var db = await factory.CreateDbContextAsync(ct);
        var arrivedToday = await db.Declarations.CountAsync(d => d.Date == today && d.Source != RecordSource.Demo, ct);
        declarations = Math.Min(Math.Min(declarations, MaxPerTick), Math.Max(0, options.Value.MaxDeclarationsPerDay - arrivedToday));
        if (declarations <= 0) return 0;
        var tick = Interlocked.Increment(ref _tick);
        var stamp = clock.GetUtcNow().UtcDateTime;
        var random = new Random(StableSeed.Of(workbench.Value.DemoSeed, stamp.Ticks));
        var folder = Directory.CreateDirectory(Path.Combine(workbench.Value.ResolveDataFolder(), "arrivals")).FullName;

        var stored = 0;
        var templates = await DeclarationTemplatesAsync(db, declarations, random, ct);
        if (templates.Count > 0)
        {
            var rows = templates.Select((t, i) => t with
            {
                Number = $"{t.Number.Split('-')[0]}-{today.Year % 100:D2}-L{stamp:MMddHHmmss}{tick % 100:D2}{i:D3}",
                Date = today, Inspected = false, Illicit = null, AdditionalRevenue = null, Source = RecordSource.Import,
            });
            var report = await ImportAsync(folder, $"arrivals-{stamp:yyyyMMddHHmmss}-{tick}.csv",
                writer => DeclarationCsvWriter.WriteAsync(rows.ToAsyncEnumerable(), writer, ct), ct);
            stored += report.Inserted;
        }
        var parcelCount = (int)Math.Round(declarations * options.Value.ParcelsPerDeclaration * (0.5 + random.NextDouble()));
        var parcels = await ParcelTemplatesAsync(db, parcelCount, random, ct);
        if (parcels.Count > 0)
        {
            await ImportAsync(folder, $"manifest-{stamp:yyyyMMddHHmmss}-{tick}.csv",
                writer => WriteManifestAsync(writer, parcels, today, $"LV{stamp:yyMMddHHmmss}{tick % 100:D2}"), ct);
        }
        return stored;
    }

    private async Task<ImportReport> ImportAsync(string folder, string fileName, Func<TextWriter, Task> write, CancellationToken ct)
    {
        var path = Path.Combine(folder, fileName);
        try
        {
            await using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                await write(writer);
            }
            var report = await importer.ImportFileAsync(path, fileName, Actor, null, ct);
            if (report.ErrorCount > 0) logger.LogWarning("Demo arrivals {File} refused: {Errors}", fileName, string.Join("; ", report.Errors.Take(3).Select(e => $"row {e.Row} {e.Column}: {e.Problem}")));
            return report;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Demo-world declarations picked uniformly by id (gaps are skipped), as export rows.</summary>
    private static async Task<List<DeclarationExportRow>> DeclarationTemplatesAsync(WorkbenchDbContext db, int count, Random random, CancellationToken ct)
    {
        var demo = db.Declarations.AsNoTracking().Where(d => d.Source == RecordSource.Demo);
        if (!await demo.AnyAsync(ct)) return [];
        var (low, high) = (await demo.MinAsync(d => d.Id, ct), await demo.MaxAsync(d => d.Id, ct));
        var ids = Enumerable.Range(0, count * 2).Select(_ => random.Next(low, high + 1)).Distinct().ToList();
        var rows = await DeclarationExportRow.From(demo.Where(d => ids.Contains(d.Id))).ToListAsync(ct);
        return rows.Take(count).ToList();
    }

    private static async Task<List<ExpressParcel>> ParcelTemplatesAsync(WorkbenchDbContext db, int count, Random random, CancellationToken ct)
    {
        if (count <= 0) return [];
        var demo = db.Parcels.AsNoTracking().Where(p => p.Source == RecordSource.Demo);
        if (!await demo.AnyAsync(ct)) return [];
        var (low, high) = (await demo.MinAsync(p => p.Id, ct), await demo.MaxAsync(p => p.Id, ct));
        var ids = Enumerable.Range(0, count * 2).Select(_ => random.Next(low, high + 1)).Distinct().ToList();
        return (await demo.Where(p => ids.Contains(p.Id)).ToListAsync(ct)).Take(count).ToList();
    }

    /// <summary>The parcel manifest's columns (see the personal-imports manifest door), one line per parcel.</summary>
    private static async Task WriteManifestAsync(TextWriter writer, IReadOnlyList<ExpressParcel> parcels, DateOnly today, string trackingPrefix)
    {
        await using var csv = new SafeCsvWriter(writer, newLine: "\n");
        string[] header = ["tracking.no", "arrival.date", "pccc", "recipient.name", "recipient.phone", "recipient.address", "postal.code",
            "seller", "origin.country", "goods.description", "quantity", "declared.value.usd", "hs.code", "weight.kg", "carrier"];
        foreach (var column in header) csv.WriteText(column);
        await csv.NextRecordAsync();
        for (var i = 0; i < parcels.Count; i++)
        {
            var p = parcels[i];
            csv.WriteText($"{trackingPrefix}{i:D3}");
            csv.WriteText(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteText(p.PersonalCustomsCode);
            csv.WriteText(p.RecipientName);
            csv.WriteText(p.RecipientPhone);
            csv.WriteText(p.RecipientAddress);
            csv.WriteText(p.PostalCode);
            csv.WriteText(p.SenderName);
            csv.WriteText(p.OriginCountryCode);
            csv.WriteText(p.GoodsDescription);
            csv.WriteNumber(p.Quantity);
            csv.WriteNumber(p.DeclaredValueUsd);
            csv.WriteText(p.HsCode);
            csv.WriteNumber(p.WeightKg);
            csv.WriteText(p.Carrier);
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!Enabled) return;
        try { await leases.ReleaseAsync(LeaseName, cancellationToken); }
        catch (Exception e) { logger.LogDebug(e, "Releasing the arrivals lease failed; it lapses on its own"); }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
