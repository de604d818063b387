using CustomsWorkbench.Features.TraderSupport.Classification;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

public class HsClassifierMonitorTests
{
    private static readonly ModelVersion Version = new() { ModelName = HsClassifierKind.ModelName, Version = "hs-classifier-20260901-1", ArtifactPath = "x", CreatedBy = "test" };
    private static readonly List<DateOnly> Weeks = WeeklyHealth.Ending(new DateOnly(2026, 11, 30));

    /// <summary>Lines every day of the weeks before and during <see cref="Weeks"/>; confident lines are declared as suggested.</summary>
    private static List<ClassifiedLine> Lines(Func<DateOnly, int, double> confidence) =>
        Enumerable.Range(0, 7 * 24).SelectMany(day => Enumerable.Range(0, 3).Select(i =>
        {
            var date = Weeks[0].AddDays(-7 * 12 + day);
            var c = confidence(date, day * 3 + i);
            return new ClassifiedLine(date, c, c > 0.5);
        })).ToList();

    [Fact]
    public void Too_few_lines_are_said_in_words()
    {
        var health = HsClassifierMonitor.Compute(Version, 0.2, Weeks, Lines((_, n) => 0.5).Take(50).ToList());

        Assert.NotNull(health.NotEnoughData);
    }

    [Fact]
    public void Falling_confidence_drifts_agreement_rises_with_confidence_and_without_officers_choices_overrides_say_why()
    {
        var lastWeek = Weeks[^1];
        var health = HsClassifierMonitor.Compute(Version, 0.2, Weeks, Lines((date, n) => date >= lastWeek ? 0.05 + (n % 10) / 100.0 : (n % 20) / 20.0));

        Assert.Null(health.NotEnoughData);
        Assert.Equal(12, health.Weeks.Count);
        Assert.All(health.ScorePsi.SkipLast(1), p => Assert.InRange(p!.Value, 0, 0.1));
        Assert.True(health.ScorePsi[^1] > 0.2);
        var baseline = health.Calibration[0].Deciles;
        Assert.Equal(0, baseline[0].HitRate);
        Assert.Equal(1, baseline[^1].HitRate);
        Assert.All(health.OverrideShare, s => Assert.Null(s));
        Assert.Contains("classify page", health.NoOverrideData!.En);
    }

    [Fact]
    public void Overrides_are_the_share_of_officers_choices_per_week_that_left_the_top_suggestion()
    {
        var lines = Lines((_, n) => (n % 20) / 20.0);
        // Last week: one of four choices left the top suggestion; the week before: none were made.
        var choices = new[] { (Weeks[^1], true), (Weeks[^1].AddDays(1), false), (Weeks[^1].AddDays(2), false), (Weeks[^1].AddDays(3), false) };

        var health = HsClassifierMonitor.Compute(Version, 0.2, Weeks, lines, choices);

        Assert.Equal(0.25, health.OverrideShare[^1]);
        Assert.Null(health.OverrideShare[^2]);
    }
}
