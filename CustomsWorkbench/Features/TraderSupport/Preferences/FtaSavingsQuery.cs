using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Preferences;

/// <summary>
/// Declarations of the last 12 months that did not claim a preference although the table offers one for the line's origin
/// and code on the declaration's date, with what the importer could have saved.
/// </summary>
public sealed class FtaSavingsQuery(IDbContextFactory<WorkbenchDbContext> factory, PreferentialRateTable rates)
{
    public async Task<IReadOnlyList<MissedPreference>> ForImporterAsync(int importerId, CancellationToken ct = default) =>
        (await MissedAsync(importerId, ct)).Select(m => m.Missed).ToList();

    /// <summary>Every importer with at least one missed preference, largest saving first.</summary>
    public async Task<IReadOnlyList<ImporterSavings>> ByImporterAsync(CancellationToken ct = default)
    {
        var missed = await MissedAsync(null, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = missed.Select(m => m.ImporterId).Distinct().ToList();
        var importers = await db.Importers.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        return missed.GroupBy(m => m.ImporterId).Select(g => new ImporterSavings(g.Key, importers[g.Key].Code, importers[g.Key].Name,
                g.Select(m => m.Missed.DeclarationId).Distinct().Count(), g.Count(), g.Sum(m => m.Missed.Saving)))
            .OrderByDescending(s => s.Saving).ToList();
    }

    private async Task<List<(int ImporterId, MissedPreference Missed)>> MissedAsync(int? importerId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Declarations.AnyAsync(ct)) return [];
        var (from, _) = await ComplianceWindow.Last12MonthsAsync(db, DateTime.UtcNow, ct);
        var query = db.DeclarationItems.AsNoTracking().Where(i => !i.Declaration!.FtaPreferenceClaimed && i.Declaration.Date >= from && i.DutyRate > 0);
        if (importerId is { } id) query = query.Where(i => i.Declaration!.ImporterId == id);
        var lines = await query.Select(i => new
        {
            i.Declaration!.ImporterId, i.DeclarationId, i.Declaration.Number, i.Declaration.Date, i.LineNumber, i.TariffCode, i.OriginCountryCode, i.CifValue, i.DutyRate,
        }).ToListAsync(ct);
        var result = new List<(int, MissedPreference)>();
        foreach (var l in lines)
        {
            if (rates.Best(l.OriginCountryCode, l.TariffCode, l.Date) is not { } best || best.Rate >= l.DutyRate) continue;
            result.Add((l.ImporterId, new MissedPreference(l.DeclarationId, l.Number, l.Date, l.LineNumber, l.TariffCode, l.OriginCountryCode,
                l.CifValue, l.DutyRate, best, FtaSavingsArithmetic.Saving(l.CifValue, l.DutyRate, best.Rate))));
        }
        return result.OrderByDescending(r => r.Item2.Date).ToList();
    }
}
