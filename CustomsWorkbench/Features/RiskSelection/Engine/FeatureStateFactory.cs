using CustomsWorkbench.Features.Intelligence;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// Creates the history every feature pass starts from (evaluation, training, live scoring) with the configured options,
/// attaching the graph's time-aware network risk when <see cref="RiskOptions.NetworkRisk"/> is on and the HS classifier's
/// misclassification signal when <see cref="RiskOptions.Misclassification"/> is on.
/// </summary>
public sealed class FeatureStateFactory(IOptions<RiskOptions> options, INetworkRiskSource network, IServiceProvider services)
{
    /// <param name="networkRisk">Overrides the configured switch (the evaluation verb's --network-risk).</param>
    /// <param name="misclassification">Overrides the configured switch (the evaluation verb's --misclassification).</param>
    public async Task<FeatureState> CreateAsync(bool? networkRisk = null, CancellationToken ct = default, bool? misclassification = null)
    {
        var o = options.Value;
        var history = networkRisk ?? o.NetworkRisk ? await network.HistoryAsync(ct) : null;
        var signals = misclassification ?? o.Misclassification ? await MisclassificationAsync(ct) : null;
        return new FeatureState(o.PriorStrength, o.MinPeers, history, signals);
    }

    /// <summary>The signal for every distinct (main code, first-line description) pair stored; a later new pair reads 0.</summary>
    private async Task<IReadOnlyDictionary<(string Code, string Description), double>?> MisclassificationAsync(CancellationToken ct)
    {
        if (services.GetService<IMisclassificationSignals>() is not { } source) return null;
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync(ct);
        var pairs = await db.DeclarationItems.AsNoTracking().Where(i => i.LineNumber == 1)
            .Select(i => new { i.TariffCode, i.GoodsDescription }).Distinct().ToListAsync(ct);
        return await source.SignalsAsync(pairs.Select(p => (p.TariffCode, p.GoodsDescription)).ToList(), ct);
    }
}
