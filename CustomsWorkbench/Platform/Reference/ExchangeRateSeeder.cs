using System.Globalization;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Reference;

/// <summary>
/// Loads data/reference/exchange-rates.csv on every start, inserting only the (currency, week) rows that are missing, so a
/// newer file reaches existing databases and rows already there are never changed.
/// </summary>
public sealed class ExchangeRateSeeder : IDatabaseSeeder
{
    public int Order => 15;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        var existing = (await db.Set<ExchangeRate>().AsNoTracking().Select(r => new { r.Currency, r.EffectiveFrom }).ToListAsync(ct))
            .Select(r => (r.Currency, r.EffectiveFrom)).ToHashSet();
        var missing = Read(ShippedData.PathOf("reference", "exchange-rates.csv")).Where(r => !existing.Contains((r.Currency, r.EffectiveFrom))).ToList();
        if (missing.Count == 0) return;
        db.Set<ExchangeRate>().AddRange(missing);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        progress.Report($"Exchange rates: {missing.Count} weekly rates added.");
    }

    /// <summary>Rows of the file: Currency,EffectiveFrom,EffectiveTo,KrwPerUnit,Units.</summary>
    public static IEnumerable<ExchangeRate> Read(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(p => new ExchangeRate
        {
            Currency = p[0].Trim().ToUpperInvariant(),
            EffectiveFrom = DateOnly.ParseExact(p[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            EffectiveTo = DateOnly.ParseExact(p[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            KrwPerUnit = double.Parse(p[3], CultureInfo.InvariantCulture),
            Units = int.Parse(p[4], CultureInfo.InvariantCulture),
        });
}
