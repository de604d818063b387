namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// The "Workbench:Risk" configuration section. The rank score is
/// <c>Score = ProbabilityWeight · P(illicit) + (1 − ProbabilityWeight) · R / (R + RevenueHalfPoint)</c> where R is the expected
/// additional revenue and RevenueHalfPoint the median revenue of illicit training cases (so the revenue term is 0.5 for a
/// typical case and saturates towards 1 for large ones).
/// </summary>
public class RiskOptions
{
    public const string Section = "Workbench:Risk";

    /// <summary>Weight of P(illicit) in the rank score; the rest goes to normalised expected revenue.</summary>
    public double ProbabilityWeight { get; set; } = 0.6;
    /// <summary>Daily physical inspection (red) capacity of an office, as a share of its daily declarations.</summary>
    public double RedShare { get; set; } = 0.05;
    /// <summary>Daily document-check (yellow) capacity of an office, as a share of its daily declarations.</summary>
    public double YellowShare { get; set; } = 0.07;
    /// <summary>Share of the daily red capacity given to uniformly random picks (unbiased labels for learning).</summary>
    public double ExplorationShare { get; set; } = 0.10;
    /// <summary>Seed of the exploration draws; with the same seed and data the plan is reproducible.</summary>
    public int Seed { get; set; } = 20260401;
    /// <summary>Pseudo-count pulling a trader's (or code's, route's…) hit rate toward the global hit rate.</summary>
    public double PriorStrength { get; set; } = 10;
    /// <summary>Peers needed before a tariff × origin (then tariff-only) peer group is used instead of a broader one.</summary>
    public int MinPeers { get; set; } = 5;
    public int Trees { get; set; } = 100;
    public int Leaves { get; set; } = 16;
    public double LearningRate { get; set; } = 0.08;
    /// <summary>How many feature contributions an explanation keeps.</summary>
    public int ExplanationFeatures { get; set; } = 4;
    /// <summary>Train the first model and score everything in the background after start-up instead of before serving.</summary>
    public bool TrainFirstModelInBackground { get; set; }
    /// <summary>
    /// Feed the Intelligence graph's time-aware network risk (importer and supplier) to the models. Off by default: measured
    /// on the demo world it did not improve the evaluation table (see Engine/README.md).
    /// </summary>
    public bool NetworkRisk { get; set; }
    /// <summary>
    /// Feed the HS classifier's misclassification signal (description reads as a higher-duty code) to the models. Off by
    /// default: see Engine/README.md for the measurement behind the choice.
    /// </summary>
    public bool Misclassification { get; set; }
}
