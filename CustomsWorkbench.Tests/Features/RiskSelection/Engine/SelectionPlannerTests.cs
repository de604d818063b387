using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using static CustomsWorkbench.Tests.Features.RiskSelection.Engine.RiskRecords;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

public class SelectionPlannerTests
{
    private static PlanCandidate[] Group(int count, int day = 0, int office = 1, int firstId = 1) =>
        Enumerable.Range(0, count).Select(i => new PlanCandidate(Make(firstId + i, day: day, office: office), Score: (count - i) / (double)count, ValueRatio: 1)).ToArray();

    private static SelectivityRule Rule(string key, Channel channel, string? importer = null, double? maxRatio = null) => new()
    {
        RuleKey = key, Version = 1, IsLatest = true, Enabled = true, Name = key, Reason = "test", Channel = channel,
        ImporterCode = importer, MaxValueRatio = maxRatio, ValidFrom = DateOnly.MinValue, CreatedBy = "t",
    };

    [Fact]
    public void Highest_scores_fill_red_then_yellow_capacity_and_the_rest_is_released()
    {
        var planner = new SelectionPlanner(new RiskOptions { RedShare = 0.05, YellowShare = 0.07, ExplorationShare = 0 });
        var candidates = Group(100);

        var plan = planner.Plan(candidates, [], modelAvailable: true);

        Assert.All(plan.Take(5), p => Assert.Equal((Channel.Red, SelectionReason.Model), (p.Channel, p.Reason)));
        Assert.All(plan.Skip(5).Take(7), p => Assert.Equal((Channel.Yellow, SelectionReason.Model), (p.Channel, p.Reason)));
        Assert.All(plan.Skip(12), p => Assert.Equal((Channel.Green, SelectionReason.BelowCapacity), (p.Channel, p.Reason)));
    }

    [Fact]
    public void Capacity_is_per_date_and_office()
    {
        var planner = new SelectionPlanner(new RiskOptions { RedShare = 0.1, YellowShare = 0, ExplorationShare = 0 });
        var candidates = Group(50, day: 0, office: 1).Concat(Group(50, day: 0, office: 2, firstId: 100)).Concat(Group(50, day: 1, office: 1, firstId: 200)).ToArray();

        var plan = planner.Plan(candidates, [], modelAvailable: true);

        foreach (var (day, office) in new[] { (0, 1), (0, 2), (1, 1) })
        {
            var red = candidates.Zip(plan).Count(x => x.First.Record.Date == Day0.AddDays(day) && x.First.Record.OfficeId == office && x.Second.Channel == Channel.Red);
            Assert.Equal(5, red);
        }
    }

    [Fact]
    public void Rule_hits_take_their_channel_and_use_up_capacity()
    {
        var planner = new SelectionPlanner(new RiskOptions { RedShare = 0.05, YellowShare = 0, ExplorationShare = 0 });
        var candidates = Group(100);
        candidates[90] = candidates[90] with { Record = Make(91, importer: 9, importerCode: "RISKY") };
        candidates[95] = candidates[95] with { ValueRatio = 0.4 };

        var plan = planner.Plan(candidates, [Rule("importer", Channel.Red, importer: "RISKY"), Rule("low-value", Channel.Red, maxRatio: 0.5)], true);

        Assert.Equal(SelectionReason.Rule, plan[90].Reason);
        Assert.Equal("importer", Assert.Single(plan[90].RuleHits).RuleKey);
        Assert.Equal(Channel.Red, plan[95].Channel);
        Assert.Equal(5, plan.Count(p => p.Channel == Channel.Red));
        Assert.Equal(3, plan.Count(p => p.Reason == SelectionReason.Model)); // 5 slots − 2 rule hits
    }

    [Fact]
    public void Exploration_takes_its_share_of_red_capacity_uniformly_among_declarations_no_rule_selected()
    {
        var planner = new SelectionPlanner(new RiskOptions { RedShare = 0.10, YellowShare = 0, ExplorationShare = 0.2, Seed = 5 });
        var candidates = Enumerable.Range(0, 200).SelectMany(day => Group(100, day: day, firstId: day * 1000)).ToArray();

        var plan = planner.Plan(candidates, [], modelAvailable: true);

        var explored = candidates.Zip(plan).Where(x => x.Second.Reason == SelectionReason.RandomExploration).ToList();
        var red = plan.Count(p => p.Channel == Channel.Red);
        Assert.Equal(200 * 10, red);
        Assert.Equal(0.2 * red, explored.Count, 0.5 * 0.2 * red * 0.1); // per day exactly 2 of 10
        Assert.All(explored, x => Assert.Empty(x.Second.RuleHits));
        // Uniform over the day's declarations, not the top scores: their mean score is near the middle.
        Assert.InRange(explored.Average(x => x.First.Score), 0.4, 0.6);
        // Reproducible with the same seed.
        var again = planner.Plan(candidates, [], modelAvailable: true);
        Assert.Equal(plan.Select(p => (p.Channel, p.Reason)), again.Select(p => (p.Channel, p.Reason)));
    }

    [Fact]
    public void Fractional_capacity_of_small_offices_is_kept_on_average()
    {
        var planner = new SelectionPlanner(new RiskOptions { RedShare = 0.05, YellowShare = 0, ExplorationShare = 0.1 });
        var candidates = Enumerable.Range(0, 400).SelectMany(day => Group(30, day: day, firstId: day * 100)).ToArray(); // 1.5 red a day

        var plan = planner.Plan(candidates, [], modelAvailable: true);

        Assert.InRange(plan.Count(p => p.Channel == Channel.Red) / 400.0, 1.3, 1.7);
        Assert.InRange(plan.Count(p => p.Reason == SelectionReason.RandomExploration) / 400.0, 0.08, 0.22);
    }

    [Fact]
    public void Without_a_model_only_rules_and_exploration_select()
    {
        var planner = new SelectionPlanner(new RiskOptions { RedShare = 0.05, ExplorationShare = 0 });
        var plan = planner.Plan(Group(100), [], modelAvailable: false);
        Assert.All(plan, p => Assert.Equal(Channel.Green, p.Channel));
    }

    [Fact]
    public void Arrivals_planned_one_by_one_use_thresholds_matching_the_capacity_shares()
    {
        var planner = new SelectionPlanner(new RiskOptions { RedShare = 0.05, YellowShare = 0.05, ExplorationShare = 0 });
        var scores = Enumerable.Range(0, 1000).Select(i => i / 1000.0).ToList();
        var thresholds = planner.ThresholdsFor(scores);

        Assert.Equal(0.950, thresholds.Red, 3);
        Assert.Equal(0.900, thresholds.Yellow, 3);
        var high = planner.PlanOne(new PlanCandidate(Make(1), 0.97, 1), [], true, thresholds);
        var middle = planner.PlanOne(new PlanCandidate(Make(2), 0.92, 1), [], true, thresholds);
        var low = planner.PlanOne(new PlanCandidate(Make(3), 0.10, 1), [], true, thresholds);
        Assert.Equal((Channel.Red, Channel.Yellow, Channel.Green), (high.Channel, middle.Channel, low.Channel));
    }
}
