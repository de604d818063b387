namespace CustomsWorkbench.Features.RiskSelection.Model;

/// <summary>One feature's push on the score: positive raises risk. Labels are plain language in both UI languages.</summary>
public sealed record FeatureContribution(string Feature, string LabelEn, string LabelKo, double Value, double Contribution);

public sealed record RuleHit(string RuleKey, int RuleVersion, string Name, string Reason, Channel Channel);

/// <summary>Stored as JSON on <see cref="RiskAssessment.ExplanationJson"/>; rendered as a chart on the declaration page.</summary>
public sealed record RiskExplanation(
    IReadOnlyList<FeatureContribution> TopContributions,
    IReadOnlyList<RuleHit> RuleHits,
    bool RandomSelection,
    string SummaryEn,
    string SummaryKo);
