using CustomsWorkbench.Platform.Models.Monitoring;

namespace CustomsWorkbench.Tests.Platform.Models.Monitoring;

public class WeeklyHealthTests
{
    private static readonly DateOnly Monday = new(2026, 9, 7);

    [Fact]
    public void Weeks_end_with_the_week_of_the_last_day_and_start_on_mondays()
    {
        var weeks = WeeklyHealth.Ending(Monday.AddDays(3), 3);

        Assert.Equal([Monday.AddDays(-14), Monday.AddDays(-7), Monday], weeks);
        Assert.Equal(Monday, WeeklyHealth.Monday(Monday.AddDays(6)));
    }

    [Fact]
    public void A_changed_mix_of_categories_drifts_and_the_same_mix_does_not()
    {
        var baseline = Enumerable.Repeat("lookup", 50).Concat(Enumerable.Repeat("explain", 50)).ToList();
        var weeks = WeeklyHealth.Ending(Monday.AddDays(7), 2);
        var sameMix = Enumerable.Range(0, 40).Select(i => (Monday, i % 2 == 0 ? "lookup" : "explain"));
        // The second week asks almost only one thing, and something the model never saw in training.
        var newMix = Enumerable.Range(0, 40).Select(i => (Monday.AddDays(7), i < 30 ? "draft" : "lookup"));

        var psi = WeeklyHealth.CategoryPsi(baseline, weeks, sameMix.Concat(newMix));

        Assert.InRange(psi[0]!.Value, 0, 0.001);
        Assert.True(psi[1] > 0.2, $"PSI {psi[1]}");
    }

    [Fact]
    public void A_week_with_too_few_values_has_no_psi_rather_than_a_reassuring_zero()
    {
        var baseline = Enumerable.Range(0, 100).Select(i => i / 100.0).ToList();
        var weeks = WeeklyHealth.Ending(Monday.AddDays(14), 3);
        // Week 1: one value short; week 2: nothing; week 3: exactly enough, all at the top of the range (a real shift).
        var values = Enumerable.Range(0, WeeklyHealth.MinPerWeek - 1).Select(_ => (Monday, 0.99))
            .Concat(Enumerable.Range(0, WeeklyHealth.MinPerWeek).Select(_ => (Monday.AddDays(14), 0.99)));

        var psi = WeeklyHealth.Psi(baseline, weeks, values);

        Assert.Null(psi[0]);
        Assert.Null(psi[1]);
        Assert.True(psi[2] > 0.2, $"PSI {psi[2]}");
        var categories = WeeklyHealth.CategoryPsi(["a", "b"], weeks, [(Monday, "a")]);
        Assert.Equal([null, null, null], categories);
    }

    [Fact]
    public void A_latest_week_without_data_raises_no_banner_and_a_drifting_one_does()
    {
        string[] weeks = ["2026-09-07", "2026-09-14"];
        var quiet = new ModelHealth("v1", "", weeks, [new FeatureDrift("f", new("F", "F"), [0.5, null])], [0.5, null], [], [null, null], 0.2);
        var drifting = quiet with { Features = [new FeatureDrift("f", new("F", "F"), [null, 0.5])], ScorePsi = [null, 0.5] };

        Assert.Empty(quiet.DriftingNow);
        Assert.False(quiet.ScoreDriftingNow);
        Assert.Equal(0.5, quiet.Features[0].Max);
        Assert.Equal(["f", "score"], drifting.DriftingNow);
        Assert.True(drifting.ScoreDriftingNow);
    }

    [Fact]
    public void Shares_are_per_week_and_null_for_a_week_without_decisions()
    {
        var weeks = WeeklyHealth.Ending(Monday.AddDays(14), 3);
        var decisions = new[] { (Monday, true), (Monday.AddDays(1), false), (Monday.AddDays(2), false), (Monday.AddDays(15), true) };

        var shares = WeeklyHealth.Shares(weeks, decisions);

        Assert.Equal([0.3333, null, 1.0], shares);
    }
}
