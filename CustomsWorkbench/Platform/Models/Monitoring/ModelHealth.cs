namespace CustomsWorkbench.Platform.Models.Monitoring;

/// <summary>
/// Implemented by a model kind that can watch its active version in use: input and score drift per week against the
/// training data, hit rate by score decile over time, and how often officers override or dismiss it.
/// </summary>
public interface IModelMonitor
{
    string Name { get; }
    Task<ModelHealth> HealthAsync(ModelVersion version, double threshold, CancellationToken ct);
}

/// <summary>Drift of one input feature (its code name and words for people): PSI per week (same order as <see cref="ModelHealth.Weeks"/>).</summary>
public sealed record FeatureDrift(string Feature, CardText Label, IReadOnlyList<double> Psi)
{
    public double Max => Psi.Count == 0 ? 0 : Psi.Max();
}

/// <summary>Hit rate by decile in one period (e.g. a month).</summary>
public sealed record PeriodCalibration(string Period, IReadOnlyList<DecileRate> Deciles);

/// <summary>A model's health in use. Weeks are ISO dates of each week's Monday.</summary>
public sealed record ModelHealth(
    string Version, string Baseline, IReadOnlyList<string> Weeks, IReadOnlyList<FeatureDrift> Features, IReadOnlyList<double> ScorePsi,
    IReadOnlyList<PeriodCalibration> Calibration, IReadOnlyList<double?> OverrideShare, double Threshold)
{
    /// <summary>Features whose PSI passed the threshold in the latest week.</summary>
    public IReadOnlyList<string> DriftingNow => Weeks.Count == 0 ? [] :
        Features.Where(f => f.Psi[^1] > Threshold).Select(f => f.Feature).Concat(ScorePsi.Count > 0 && ScorePsi[^1] > Threshold ? ["score"] : []).ToList();

    /// <summary>The drifting features in words for the banner (the score itself is named by the caller).</summary>
    public IReadOnlyList<CardText> DriftingFeatureLabels => Weeks.Count == 0 ? [] :
        Features.Where(f => f.Psi[^1] > Threshold).Select(f => f.Label).ToList();

    public bool ScoreDriftingNow => Weeks.Count > 0 && ScorePsi.Count > 0 && ScorePsi[^1] > Threshold;
}
