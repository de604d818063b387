namespace CustomsWorkbench.Platform.Models;

/// <summary>
/// One decision a person took on an AI output: did the officer follow it? <paramref name="RecordLink"/> opens the
/// record (a page path). <paramref name="Office"/> is the office code, "—" when the record has none.
/// </summary>
public sealed record AiDecision(string Feature, string Office, string Officer, string ModelVersion, DateOnly Date, bool Agreed, string RecordLink);

/// <summary>
/// A feature's officers' decisions on its AI outputs, read from the feature's own data, for the agreement dashboard
/// (/oversight/agreement). Each feature registers its source in its AddXxx(); the dashboard holds no feature code.
/// </summary>
public interface IAiDecisionSource
{
    /// <summary>Short feature name shown on the dashboard ("risk", "xray", …).</summary>
    string Feature { get; }

    /// <summary>Decisions taken on or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<AiDecision>> DecisionsAsync(DateOnly since, CancellationToken ct);
}
