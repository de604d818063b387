using CustomsWorkbench.Features.Intelligence;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>Reads a window of declarations (shared Platform tables), network risk (Intelligence's contract) and recorded audit results.</summary>
public sealed class AuditDataLoader(IDbContextFactory<WorkbenchDbContext> factory, IServiceProvider services)
{
    public async Task<AuditWorld> LoadAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var heads = await db.Declarations.AsNoTracking().Where(d => d.Date >= from && d.Date <= to)
            .Select(d => new
            {
                d.Id, d.ImporterId, d.Date, d.OriginCountryCode, Loading = d.BillOfLading == null ? null : d.BillOfLading.LoadingPort!.CountryCode,
                d.FtaPreferenceClaimed, d.TotalCif, d.TotalTaxes, d.Inspected, d.Illicit, d.AdditionalRevenue,
            }).ToListAsync(ct);
        var lines = (await db.DeclarationItems.AsNoTracking().Where(i => i.Declaration!.Date >= from && i.Declaration.Date <= to)
                .Select(i => new { i.DeclarationId, i.TariffCode, i.Quantity, i.GrossWeightKg, i.CifValue, i.DutyRate }).ToListAsync(ct))
            .ToLookup(i => i.DeclarationId, i => new AuditLine(i.TariffCode, i.Quantity, i.GrossWeightKg, i.CifValue, i.DutyRate));
        var declarations = heads.Select(d => new AuditDeclaration(d.Id, d.ImporterId, d.Date, d.OriginCountryCode, d.Loading, d.FtaPreferenceClaimed,
            d.TotalCif, d.TotalTaxes, d.Inspected, d.Illicit, d.AdditionalRevenue, lines[d.Id].ToList())).ToList();
        var importerIds = declarations.Select(d => d.ImporterId).ToHashSet();
        var importers = (await db.Importers.AsNoTracking().Select(i => new AuditImporter(i.Id, i.Code, i.Name)).ToListAsync(ct))
            .Where(i => importerIds.Contains(i.Id)).ToDictionary(i => i.Id);
        var tariffs = await db.TariffCodes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => new TariffRates(t.DutyRate, t.FtaDutyRate), ct);
        var labels = await db.Set<AuditPlanCompany>().AsNoTracking().Where(c => c.Outcome != null && c.ResultAtUtc != null)
            .Select(c => new AuditLabel(c.ImporterId, c.Outcome!.Value, c.AssessedRevenue, c.ResultAtUtc!.Value)).ToListAsync(ct);
        return new AuditWorld(from, to, declarations, importers, tariffs, await NetworkRiskAsync(ct), labels);
    }

    /// <summary>Network risk is optional: without the intelligence feature (or its graph) every company counts as unlinked.</summary>
    private async Task<IReadOnlyDictionary<int, double>> NetworkRiskAsync(CancellationToken ct) =>
        services.GetService<INetworkRiskSource>() is { } source ? await source.ImporterRisksAsync(ct) : new Dictionary<int, double>();
}
