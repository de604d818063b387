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

/// <summary>
/// Drift of one input feature (its code name and words for people): PSI per week (same order as <see cref="ModelHealth.Weeks"/>),
/// null for a week with too few values to tell.
/// </summary>
public sealed record FeatureDrift(string Feature, CardText Label, IReadOnlyList<double?> Psi)
{
    public double Max => Psi.Max() ?? 0;
}

/// <summary>Hit rate by decile in one period (e.g. a month).</summary>
public sealed record PeriodCalibration(string Period, IReadOnlyList<DecileRate> Deciles);

/// <summary>
/// What a kind's health charts show, in words the kind chooses (an X-ray detector's "score" is its alarms' confidence, its
/// "overrides" are officers' dismissals; <paramref name="Baseline"/> says what the weeks are compared with when it is not a
/// training window). Null parts keep the panel's own words (the risk model's).
/// </summary>
public sealed record HealthWording(CardText? Score = null, CardText? Calibration = null, CardText? Overrides = null, CardText? Baseline = null);

/// <summary>
/// A model's health in use. Weeks are ISO dates of each week's Monday; a PSI is null for a week with too few values
/// (<see cref="WeeklyHealth.MinPerWeek"/>): "no data", which never raises the banner.
/// </summary>
public sealed record ModelHealth(
    string Version, string Baseline, IReadOnlyList<string> Weeks, IReadOnlyList<FeatureDrift> Features, IReadOnlyList<double?> ScorePsi,
    IReadOnlyList<PeriodCalibration> Calibration, IReadOnlyList<double?> OverrideShare, double Threshold)
{
    /// <summary>Chart titles in the kind's own terms.</summary>
    public HealthWording Wording { get; init; } = new();

    /// <summary>Why there is nothing to chart yet (too few recorded uses), said in words instead of a row of zeros.</summary>
    public CardText? NotEnoughData { get; init; }

    /// <summary>Why one part (e.g. overrides) has no data while the rest does; shown in place of that chart.</summary>
    public CardText? NoOverrideData { get; init; }

    public static ModelHealth Insufficient(ModelVersion version, double threshold, CardText why) =>
        new(version.Version, "", [], [], [], [], [], threshold) { NotEnoughData = why };

    /// <summary>Features whose PSI passed the threshold in the latest week.</summary>
    public IReadOnlyList<string> DriftingNow => Weeks.Count == 0 ? [] :
        Features.Where(f => Passes(f.Psi)).Select(f => f.Feature).Concat(ScoreDriftingNow ? ["score"] : []).ToList();

    /// <summary>The drifting features in words for the banner (the score itself is named by the caller).</summary>
    public IReadOnlyList<CardText> DriftingFeatureLabels => Weeks.Count == 0 ? [] :
        Features.Where(f => Passes(f.Psi)).Select(f => f.Label).ToList();

    public bool ScoreDriftingNow => Weeks.Count > 0 && Passes(ScorePsi);

    /// <summary>The latest week's PSI is known and above the threshold (a week without data is no alarm).</summary>
    private bool Passes(IReadOnlyList<double?> psi) => psi.Count > 0 && psi[^1] is { } latest && latest > Threshold;
}
