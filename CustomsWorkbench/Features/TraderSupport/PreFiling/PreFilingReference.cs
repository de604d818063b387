using CustomsWorkbench.Features.TraderSupport.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.PreFiling;

/// <summary>
/// What the rules compare a draft with: peer unit values of the last 12 months and the tariff's general rates, read from the
/// shared tables and kept for a few minutes (a linter is called often; peers move slowly).
/// </summary>
public class PreFilingReference(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (PeerPrices Peers, IReadOnlyDictionary<string, TariffRates> Tariffs, DateTime At)? _cached;

    public virtual async Task<PeerPrices> PeersAsync(CancellationToken ct) => (await LoadAsync(ct)).Peers;

    public virtual async Task<IReadOnlyDictionary<string, TariffRates>> TariffsAsync(CancellationToken ct) => (await LoadAsync(ct)).Tariffs;

    private async Task<(PeerPrices Peers, IReadOnlyDictionary<string, TariffRates> Tariffs, DateTime At)> LoadAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (_cached is { } c && now - c.At < Fresh) return c;
            await using var db = await factory.CreateDbContextAsync(ct);
            var tariffs = await db.TariffCodes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => new TariffRates(t.DutyRate, t.FtaDutyRate), ct);
            var (from, _) = await ComplianceWindow.Last12MonthsAsync(db, now, ct);
            var lines = await db.DeclarationItems.AsNoTracking().Where(i => i.Declaration!.Date >= from)
                .Select(i => new AuditLine(i.TariffCode, i.Quantity, i.GrossWeightKg, i.CifValue, i.DutyRate)).ToListAsync(ct);
            _cached = (new PeerPrices(lines), tariffs, now);
            return _cached.Value;
        }
        finally { _gate.Release(); }
    }
}
