using CustomsWorkbench.Features.XRay.Review;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Tests.Features.XRay;

public class XRayHealthMonitorTests
{
    private static readonly DateOnly Start = new(2026, 6, 1);
    private static readonly ModelVersion Version = new() { ModelName = "xray-detector", Version = "xray-detector-20260601-1", ArtifactPath = "x", CreatedBy = "test" };

    /// <summary>Twenty weeks of alarms, 30 a week; confidences spread over 0.3–0.9, or pushed up to 0.85–0.99 from <paramref name="shiftFromWeek"/>.</summary>
    private static List<DetectorAlarm> Alarms(int shiftFromWeek) =>
        Enumerable.Range(0, 20).SelectMany(week => Enumerable.Range(0, 30).Select(i => new DetectorAlarm(Start.AddDays(7 * week + i % 5),
            week >= shiftFromWeek ? 0.85 + 0.14 * i / 30 : 0.3 + 0.6 * i / 30))).ToList();

    [Fact]
    public void Too_few_alarms_are_said_in_words_not_charted_as_zeros()
    {
        var health = XRayHealthMonitor.Compute(Version, 0.2, Alarms(99).Take(XRayHealthMonitor.MinAlarms - 1).ToList(), []);

        Assert.NotNull(health.NotEnoughData);
        Assert.Contains($"{XRayHealthMonitor.MinAlarms - 1} alarms", health.NotEnoughData!.En);
        Assert.Empty(health.Weeks);
    }

    [Fact]
    public void Confidence_drift_against_the_first_weeks_of_alarms_shows_in_the_weeks_it_happens()
    {
        var health = XRayHealthMonitor.Compute(Version, 0.2, Alarms(shiftFromWeek: 17), []);

        Assert.Null(health.NotEnoughData);
        Assert.Equal(12, health.Weeks.Count);
        Assert.Equal("2026-10-12", health.Weeks[^1]);
        // Weeks 8..16 are like the first four; 17..19 moved up.
        Assert.All(health.ScorePsi.Take(9), p => Assert.InRange(p!.Value, 0, 0.1));
        Assert.All(health.ScorePsi.Skip(9), p => Assert.True(p > 0.2));
        Assert.True(health.ScoreDriftingNow);
        Assert.Contains("first 4 week(s)", health.Wording.Baseline!.En);
    }

    [Fact]
    public void A_detector_in_use_for_a_few_weeks_charts_only_those_weeks_against_its_first()
    {
        var health = XRayHealthMonitor.Compute(Version, 0.2, Alarms(shiftFromWeek: 2).Where(a => a.Date < Start.AddDays(21)).ToList(), []);

        Assert.Equal(["2026-06-01", "2026-06-08", "2026-06-15"], health.Weeks);
        Assert.Contains("first 1 week(s)", health.Wording.Baseline!.En);
        Assert.InRange(health.ScorePsi[0]!.Value, 0, 0.001);
        Assert.True(health.ScorePsi[2] > 0.2);
    }

    [Fact]
    public void Dismissals_are_a_weekly_share_and_confirmations_by_confidence_decile()
    {
        var lastWeek = Start.AddDays(7 * 19);
        // 40 decisions in the last week: the low-confidence half dismissed, the high-confidence half confirmed.
        var decisions = Enumerable.Range(0, 40).Select(i => new AlarmDecision(lastWeek, i / 40.0, Dismissed: i < 20)).ToList();

        var health = XRayHealthMonitor.Compute(Version, 0.2, Alarms(99), decisions);

        Assert.Equal(0.5, health.OverrideShare[^1]);
        Assert.All(health.OverrideShare.SkipLast(1), s => Assert.Null(s));
        var deciles = Assert.Single(health.Calibration).Deciles;
        Assert.Equal(0, deciles[0].HitRate);
        Assert.Equal(1, deciles[^1].HitRate);
    }
}
