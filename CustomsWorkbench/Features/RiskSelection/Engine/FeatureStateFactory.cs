using CustomsWorkbench.Features.Intelligence;
using CustomsWorkbench.Features.Intelligence.Analytics;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// Creates the history every feature pass starts from (evaluation, training, live scoring) with the configured options,
/// attaching the graph's time-aware network risk when <see cref="RiskOptions.NetworkRisk"/> is on.
/// </summary>
public sealed class FeatureStateFactory(IOptions<RiskOptions> options, INetworkRiskSource network)
{
    /// <param name="networkRisk">Overrides the configured switch (the evaluation verb's --network-risk).</param>
    public async Task<FeatureState> CreateAsync(bool? networkRisk = null, CancellationToken ct = default)
    {
        var o = options.Value;
        var history = networkRisk ?? o.NetworkRisk ? await network.HistoryAsync(ct) : null;
        return new FeatureState(o.PriorStrength, o.MinPeers, history);
    }
}
