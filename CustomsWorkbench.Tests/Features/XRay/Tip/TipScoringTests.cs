using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Tip;

namespace CustomsWorkbench.Tests.Features.XRay.Tip;

public class TipScoringTests
{
    private static readonly Box Threat = new(100, 100, 40, 20);

    [Fact]
    public void A_box_overlapping_enough_is_a_hit()
    {
        var score = TipScoring.Score(Threat, [new Box(105, 98, 40, 24)], [new Box(105, 98, 40, 24)]);
        Assert.Equal(new TipScore(true, 0), score);
    }

    [Fact]
    public void A_large_box_whose_centre_lies_on_the_threat_is_a_hit()
    {
        var big = new Box(20, 40, 200, 140); // IoU well under 0.3, centre (120,110) inside the threat
        Assert.True(big.IoU(Threat) < TipScoring.MinIoU);
        Assert.True(TipScoring.Score(Threat, [big], []).Hit);
    }

    [Fact]
    public void Boxes_elsewhere_are_a_miss_and_drawn_ones_count_as_false_alarms()
    {
        Box confirmed = new(400, 300, 30, 30), drawn = new(600, 50, 20, 20);
        var score = TipScoring.Score(Threat, [confirmed, drawn], [drawn]);
        Assert.Equal(new TipScore(false, 1), score);
        Assert.Equal(new TipScore(false, 0), TipScoring.Score(Threat, [], []));
    }

    [Fact]
    public void Selection_is_stable_per_scan_and_officer_and_follows_the_share()
    {
        Assert.Equal(TipScoring.Selected(17, "officer", 0.5), TipScoring.Selected(17, "officer", 0.5));
        Assert.True(TipScoring.Selected(17, "officer", 1.0));
        Assert.False(TipScoring.Selected(17, "officer", 0.0));
        var picked = Enumerable.Range(1, 2000).Count(id => TipScoring.Selected(id, "officer", 0.1));
        Assert.InRange(picked, 140, 260);
    }

    [Fact]
    public void Median_of_even_and_odd_counts()
    {
        Assert.Null(TipService.Median([]));
        Assert.Equal(3, TipService.Median([1, 3, 9]));
        Assert.Equal(5, TipService.Median([1, 3, 7, 9]));
    }
}
