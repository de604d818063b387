namespace CustomsWorkbench.Platform.Models.Monitoring;

/// <summary>Implemented by a kind whose candidates can run in shadow mode beside the active version.</summary>
public interface IShadowSource
{
    string Name { get; }
    Task<ShadowSummary> SummaryAsync(ModelVersion shadow, CancellationToken ct);
}

/// <summary>
/// A shadow version against the active one on the same live arrivals: how often they agree on selection, how many each
/// would select, and — for those with an inspection result so far — the precision of each one's selections.
/// </summary>
public sealed record ShadowSummary(
    string ShadowVersion, int Scored, double Agreement, int ShadowSelected, int ActiveSelected,
    int ShadowLabelled, double? ShadowPrecision, int ActiveLabelled, double? ActivePrecision);
