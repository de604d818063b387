using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Demo.Reference;

/// <summary>
/// Loads countries, tariff lines, customs offices and ports from data/ on every start, inserting only what is missing,
/// so edited or extended reference files reach existing databases without touching rows already there.
/// </summary>
public sealed class ReferenceDataSeeder(ReferenceDataFiles files) : IDatabaseSeeder
{
    public int Order => 10;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        var countries = await AddMissingAsync(db.Countries, files.Countries(), c => c.Code, ct);
        var tariffs = await AddMissingAsync(db.TariffCodes, files.TariffCodes(), t => t.Code, ct);
        var offices = await AddMissingAsync(db.Offices, files.Offices(), o => o.Code, ct);
        var ports = await AddMissingAsync(db.Ports, files.Ports(), p => p.Code, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        if (countries + tariffs + offices + ports > 0)
        {
            progress.Report($"Reference data: {countries} countries, {tariffs} tariff lines, {offices} customs offices, {ports} ports added.");
        }
    }

    private static async Task<int> AddMissingAsync<T>(DbSet<T> set, IEnumerable<T> rows, Func<T, string> key, CancellationToken ct)
        where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(ct)).Select(key).ToHashSet(StringComparer.Ordinal);
        var missing = rows.Where(r => !existing.Contains(key(r))).ToList();
        set.AddRange(missing);
        return missing.Count;
    }
}
