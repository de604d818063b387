using Bunit;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Tests.Components;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>The queue's service-time clock and the capacity note, rendered by bUnit in English and Korean.</summary>
public class ShiftComponentTests : ComponentTestContext
{
    private static readonly DateTime Now = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);

    private IRenderedComponent<ServiceClock> Clock(int minutesAgo, DateTime? decided = null, int target = 30) =>
        Render<ServiceClock>(p => p
            .Add(c => c.Date, DateOnly.FromDateTime(Now))
            .Add(c => c.ArrivedAtUtc, Now.AddMinutes(-minutesAgo))
            .Add(c => c.DecidedAtUtc, decided)
            .Add(c => c.NowUtc, Now)
            .Add(c => c.TargetMinutes, target));

    [Theory]
    [InlineData(12, "12 min", "OnTime")]
    [InlineData(45, "45 min", "Late")]
    [InlineData(61, "1 h 01 min", "VeryLate")]
    [InlineData(3 * 24 * 60 + 5, "3 d", "VeryLate")]
    public void Clock_counts_minutes_since_arrival_and_colours_past_the_target(int minutes, string text, string state)
    {
        var clock = Clock(minutes).Find("[data-testid=service-clock]");

        Assert.Equal(minutes.ToString(), clock.GetAttribute("data-minutes"));
        Assert.Equal(state, clock.GetAttribute("data-state"));
        Assert.Equal(text, clock.TextContent.Trim());
        Assert.Equal(state != "OnTime", clock.QuerySelector(".mud-warning-text, .mud-error-text") is not null);
    }

    [Fact]
    public void Clock_stops_at_the_decision()
    {
        var clock = Clock(50, decided: Now.AddMinutes(-30)).Find("[data-testid=service-clock]");

        Assert.Equal("20", clock.GetAttribute("data-minutes"));
        Assert.Equal("Stopped", clock.GetAttribute("data-state"));
    }

    [Fact]
    public void History_without_an_arrival_time_ages_from_the_start_of_its_day()
    {
        var clock = Render<ServiceClock>(p => p.Add(c => c.Date, DateOnly.FromDateTime(Now).AddDays(-2)).Add(c => c.NowUtc, Now))
            .Find("[data-testid=service-clock]");

        Assert.Equal(((2 * 24 + 10) * 60).ToString(), clock.GetAttribute("data-minutes"));
        Assert.Equal("2 d", clock.TextContent.Trim());
    }

    [Theory]
    [InlineData(Channel.Green, SelectionReason.BelowCapacity, 0.8, true)]
    [InlineData(Channel.Yellow, SelectionReason.BelowCapacity, 0.8, true)]
    [InlineData(Channel.Green, SelectionReason.BelowCapacity, 0.2, false)] // a low score was never a candidate for red
    [InlineData(Channel.Red, SelectionReason.Model, 0.9, false)]
    [InlineData(Channel.Green, SelectionReason.Rule, 0.9, false)]
    public void Capacity_note_shows_only_for_a_high_score_the_capacity_plan_did_not_select(Channel channel, SelectionReason reason, double score, bool shown)
    {
        var cut = Render<CapacityNote>(p => p.Add(c => c.Channel, channel).Add(c => c.Reason, reason).Add(c => c.Score, score).Add(c => c.HighScore, 0.5));

        Assert.Equal(shown, cut.FindAll("[data-testid=capacity-note]").Count == 1);
        if (shown) Assert.Contains("Red capacity full", cut.Markup);
    }

    [Fact]
    public void Capacity_note_on_the_dossier_says_it_in_a_sentence()
    {
        var cut = Render<CapacityNote>(p => p.Add(c => c.Channel, Channel.Green).Add(c => c.Reason, SelectionReason.BelowCapacity)
            .Add(c => c.Score, 0.81).Add(c => c.Long, true));

        Assert.Contains("High score (0.81), but the office's daily red (inspection) capacity was already used, so the plan recommended Release", cut.Markup);
    }
}

/// <summary>The same components in Korean: every word from the .ko.resx.</summary>
public class ShiftComponentKoreanTests() : ComponentTestContext("ko-KR")
{
    [Fact]
    public void Clock_and_note_read_in_korean()
    {
        var now = new DateTime(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);
        var clock = Render<ServiceClock>(p => p.Add(c => c.Date, DateOnly.FromDateTime(now)).Add(c => c.ArrivedAtUtc, now.AddMinutes(-75)).Add(c => c.NowUtc, now));
        var note = Render<CapacityNote>(p => p.Add(c => c.Channel, Channel.Green).Add(c => c.Reason, SelectionReason.BelowCapacity).Add(c => c.Score, 0.9));

        Assert.Equal("1시간 15분", clock.Find("[data-testid=service-clock]").TextContent.Trim());
        Assert.Contains("검사 한도 초과", note.Markup);
    }
}
