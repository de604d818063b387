using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// The demo world's planted truth, for evaluation only (never a feature): illicit declaration id → revenue at stake.
/// Inspected ones use the recorded additional revenue; for the others it is estimated from the planted case:
/// undervaluation → (true CIF − declared CIF) × (duty rate + VAT on CIF and duty); misclassification and false origin →
/// taxes really due − taxes declared; concealment → 10% VAT on the hidden goods' value (a floor: their duty is unknown here).
/// </summary>
public static class DemoTruth
{
    private const double Vat = 0.10;

    public static async Task<IReadOnlyDictionary<int, double>?> LoadAsync(IDbContextFactory<WorkbenchDbContext> factory, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var planted = await (
            from t in db.Set<DemoGroundTruth>().AsNoTracking()
            where t.EntityType == "Declaration"
            join d in db.Declarations.AsNoTracking() on t.EntityId equals d.Id
            join tc in db.Set<TariffCode>().AsNoTracking() on d.MainTariffCode equals tc.Code into codes
            from tc in codes.DefaultIfEmpty()
            select new
            {
                d.Id, t.Pattern, t.TrueValue, d.TotalCif, d.TotalTaxes, d.Inspected, d.AdditionalRevenue, d.FtaPreferenceClaimed,
                DutyRate = tc == null ? 0 : tc.DutyRate, FtaDutyRate = tc == null ? 0 : tc.FtaDutyRate,
            }).ToListAsync(ct);
        if (planted.Count == 0) return null;
        var truth = new Dictionary<int, double>(planted.Count);
        foreach (var p in planted)
        {
            var rate = p.FtaPreferenceClaimed ? p.FtaDutyRate : p.DutyRate;
            var value = p.TrueValue ?? 0;
            truth[p.Id] = p.Inspected && p.AdditionalRevenue is { } found ? found : p.Pattern switch
            {
                FraudPattern.Undervaluation => Math.Max(0, value - p.TotalCif) * (rate + Vat * (1 + rate)),
                FraudPattern.Misclassification or FraudPattern.FalseOrigin => Math.Max(0, value - p.TotalTaxes),
                _ => value * Vat,
            };
        }
        return truth;
    }
}
