using CustomsWorkbench.Features.Intelligence.Resolution;

namespace CustomsWorkbench.Tests.Features.Intelligence;

public class ResolutionThresholdTests
{
    private static (int, int) PairIn(bool tuning, int start) =>
        Enumerable.Range(start, 1000).Select(a => (a, a + 1)).First(p => ResolutionThreshold.IsTuning(p) == tuning);

    [Fact]
    public void The_threshold_is_chosen_on_the_tuning_half_and_the_reported_half_never_moves_it()
    {
        var tuningTrue = PairIn(tuning: true, 10);
        var tuningFalse = PairIn(tuning: true, 100);
        var reportedTrue = PairIn(tuning: false, 200);
        var reportedFalse = PairIn(tuning: false, 300);
        var planted = new HashSet<(int, int)> { tuningTrue, reportedTrue };
        List<ProposedPair> proposals = [new(tuningTrue, 0.9), new(tuningFalse, 0.78), new(reportedTrue, 0.72)];

        var threshold = ResolutionThreshold.Choose(proposals, planted);
        // A false pair at 0.78 in the tuning half: the stricter thresholds that drop it and keep the true one win (ties: strictest).
        Assert.Equal(0.90, threshold);
        // The reported half disagreeing (its true pair at 0.72, a false one at 0.95) changes nothing.
        Assert.Equal(threshold, ResolutionThreshold.Choose([.. proposals, new(reportedFalse, 0.95)], planted));

        var reported = ResolutionThreshold.Reported([.. proposals, new(reportedFalse, 0.95)], planted, threshold);
        Assert.Equal((1, 0, 1), (reported.Proposed, reported.TruePositives, reported.Planted));
    }

    [Fact]
    public void The_split_is_stable_and_splits_pairs_roughly_in_half()
    {
        var pairs = Enumerable.Range(1, 2000).Select(a => (a, a * 3 + 7)).ToList();
        var tuning = pairs.Count(ResolutionThreshold.IsTuning);
        Assert.InRange(tuning, 800, 1200);
        Assert.Equal(tuning, pairs.Count(ResolutionThreshold.IsTuning));
    }
}
