using CustomsWorkbench.Features.Intelligence.Analytics;

namespace CustomsWorkbench.Features.Intelligence;

/// <summary>
/// What other features (risk selection) may read from the graph: network risk per importer record, propagated from
/// seizures by personalised PageRank. Read-only; values change when the graph changes.
/// </summary>
public interface INetworkRiskSource
{
    /// <summary>Risk for every importer record in the graph, keyed by Importers.Id (merged duplicates share their survivor's).</summary>
    Task<IReadOnlyDictionary<int, double>> ImporterRisksAsync(CancellationToken ct = default);

    /// <summary>
    /// Time-aware risk on the current graph for features of past and new declarations: a declaration dated D may read only
    /// what was known before D (see <see cref="Analytics.NetworkRiskHistory"/>).
    /// </summary>
    Task<NetworkRiskHistory> HistoryAsync(CancellationToken ct = default);
}

/// <summary>
/// Links into the intelligence explorer for other features' pages. The explorer needs the Intelligence policy (analysts,
/// supervisors); show the link only to them.
/// </summary>
public static class IntelligenceLinks
{
    public const string Explorer = "/intel/explorer";

    /// <summary>The explorer opened on a personal customs code: the recipients who used it, their phones, addresses and senders.</summary>
    public static string CustomsCode(string code) => $"{Explorer}?code={Uri.EscapeDataString(code.Trim())}";
}
