using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

public class ParcelRiskHealthMonitorTests
{
    private static readonly DateOnly Start = new(2026, 6, 1); // a Monday

    private static ModelVersion Version(DateOnly? from = null, DateOnly? to = null) =>
        new() { ModelName = ParcelRiskScorer.ModelName, Version = "parcel-risk-1", CreatedBy = "test", ArtifactPath = "", TrainedFrom = from, TrainedTo = to };

    /// <summary>Eight weeks of 50 parcels a day-spread each; scores drawn evenly from [low, high).</summary>
    private static List<ScoredParcel> Weeks(int count, Func<int, (double Low, double High)> range) =>
        Enumerable.Range(0, count).SelectMany(w => Enumerable.Range(0, 50).Select(i =>
        {
            var (low, high) = range(w);
            return new ScoredParcel(Start.AddDays(7 * w + i % 7), low + (high - low) * i / 50.0);
        })).ToList();

    [Fact]
    public void Too_few_scored_parcels_are_said_in_words()
    {
        var health = ParcelRiskHealthMonitor.Compute(Version(), 0.2, Weeks(1, _ => (0, 1)).Take(40).ToList(), []);

        Assert.NotNull(health.NotEnoughData);
        Assert.Contains("40", health.NotEnoughData!.En);
        Assert.Empty(health.Weeks);
    }

    [Fact]
    public void A_shifted_score_distribution_drifts_against_the_training_window_and_a_stable_one_does_not()
    {
        var training = Version(Start, Start.AddDays(27));
        var stable = ParcelRiskHealthMonitor.Compute(training, 0.2, Weeks(8, _ => (0, 1)), []);
        var shifted = ParcelRiskHealthMonitor.Compute(training, 0.2, Weeks(8, w => w < 4 ? (0, 1) : (0.7, 1)), []);

        Assert.True(stable.ScorePsi.Max() < 0.1, string.Join(", ", stable.ScorePsi));
        Assert.True(shifted.ScorePsi[^1] > 0.2, string.Join(", ", shifted.ScorePsi));
        Assert.True(shifted.ScoreDriftingNow);
        Assert.Contains("training window", shifted.Wording.Baseline!.En);
    }

    [Fact]
    public void Officers_clearing_high_scored_parcels_count_as_overrides_and_outcomes_give_calibration()
    {
        var parcels = Weeks(8, _ => (0, 1));
        var lastWeek = Start.AddDays(7 * 7);
        var decisions = Enumerable.Range(0, 40).Select(i => new ScoredDecision(lastWeek, i < 20 ? 0.9 : 0.1, Cleared: i % 4 == 0, Irregular: i < 20)).ToList();

        var health = ParcelRiskHealthMonitor.Compute(Version(), 0.2, parcels, decisions);

        // Of the 20 high-scored decisions, every fourth (5) was cleared; low-scored clearances are no override.
        Assert.Equal(0.25, health.OverrideShare[^1]!.Value, 3);
        Assert.Single(health.Calibration);
        Assert.Contains("first four weeks", health.Wording.Baseline!.En);
    }
}
