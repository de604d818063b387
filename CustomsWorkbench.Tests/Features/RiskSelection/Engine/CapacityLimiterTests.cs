using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using static CustomsWorkbench.Tests.Features.RiskSelection.Engine.RiskRecords;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

public class CapacityLimiterTests
{
    private static PlannedSelection Model(Channel channel) => new(channel, channel == Channel.Green ? SelectionReason.BelowCapacity : SelectionReason.Model, []);

    private static PlanCandidate Candidate(int id, double score, int office = 1) => new(Make(id, office: office), score, 1);

    [Fact]
    public void Model_reds_beyond_the_red_capacity_go_to_yellow_then_green_highest_scores_keeping_their_slots()
    {
        PlanCandidate[] candidates = [Candidate(1, 0.70), Candidate(2, 0.95), Candidate(3, 0.80), Candidate(4, 0.60)];
        PlannedSelection[] plan = [Model(Channel.Red), Model(Channel.Red), Model(Channel.Red), Model(Channel.Red)];

        var limited = CapacityLimiter.Apply(candidates, plan, (_, _) => new CapacityLeft(Red: 1, Yellow: 1));

        Assert.Equal((Channel.Red, SelectionReason.Model), (limited[1].Channel, limited[1].Reason));          // 0.95 keeps the red slot
        Assert.Equal((Channel.Yellow, SelectionReason.BelowCapacity), (limited[2].Channel, limited[2].Reason)); // 0.80: red full, yellow left
        Assert.Equal((Channel.Green, SelectionReason.BelowCapacity), (limited[0].Channel, limited[0].Reason));  // 0.70: both full
        Assert.Equal((Channel.Green, SelectionReason.BelowCapacity), (limited[3].Channel, limited[3].Reason));
    }

    [Fact]
    public void Rules_and_exploration_keep_their_channel_and_use_up_capacity()
    {
        PlanCandidate[] candidates = [Candidate(1, 0.10), Candidate(2, 0.20), Candidate(3, 0.90)];
        PlannedSelection[] plan =
        [
            new(Channel.Red, SelectionReason.Rule, []),
            new(Channel.Red, SelectionReason.RandomExploration, []),
            Model(Channel.Red),
        ];

        var limited = CapacityLimiter.Apply(candidates, plan, (_, _) => new CapacityLeft(Red: 2, Yellow: 0));

        Assert.Equal(plan[0], limited[0]);
        Assert.Equal(plan[1], limited[1]);
        Assert.Equal((Channel.Green, SelectionReason.BelowCapacity), (limited[2].Channel, limited[2].Reason));
    }

    [Fact]
    public void Offices_without_a_set_capacity_and_room_left_are_not_changed()
    {
        PlanCandidate[] candidates = [Candidate(1, 0.9, office: 1), Candidate(2, 0.8, office: 2), Candidate(3, 0.4, office: 2)];
        PlannedSelection[] plan = [Model(Channel.Red), Model(Channel.Red), Model(Channel.Yellow)];

        var limited = CapacityLimiter.Apply(candidates, plan, (_, office) => office == 2 ? new CapacityLeft(5, 5) : null);

        Assert.Equal(plan, limited);
    }

    [Fact]
    public void Capacity_already_used_today_counts_a_negative_remainder_as_none_left()
    {
        PlanCandidate[] candidates = [Candidate(1, 0.99)];
        PlannedSelection[] plan = [Model(Channel.Yellow)];

        var limited = CapacityLimiter.Apply(candidates, plan, (_, _) => new CapacityLeft(Red: -3, Yellow: -1));

        Assert.Equal((Channel.Green, SelectionReason.BelowCapacity), (limited[0].Channel, limited[0].Reason));
    }
}
