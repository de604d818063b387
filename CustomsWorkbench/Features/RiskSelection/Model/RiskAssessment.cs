namespace CustomsWorkbench.Features.RiskSelection.Model;

/// <summary>
/// One scoring of a declaration by the selection engine (history kept; <see cref="IsCurrent"/> marks the latest).
/// The explanation is what the officer sees: top feature contributions, rule hits, or "random selection".
/// </summary>
public class RiskAssessment
{
    public long Id { get; set; }
    public int DeclarationId { get; set; }
    public bool IsCurrent { get; set; }
    /// <summary>ModelVersion.Version of the model that scored it (or "rules-only" when no model exists yet).</summary>
    public required string ModelVersion { get; set; }
    public double ProbabilityIllicit { get; set; }
    /// <summary>Additional revenue (KRW) expected if inspected.</summary>
    public double ExpectedRevenue { get; set; }
    /// <summary>The configurable rank score combining the two.</summary>
    public double Score { get; set; }
    public Channel RecommendedChannel { get; set; }
    public SelectionReason Reason { get; set; }
    /// <summary>JSON of <see cref="RiskExplanation"/>.</summary>
    public string ExplanationJson { get; set; } = "{}";
    public DateTime AssessedAtUtc { get; set; }
}
