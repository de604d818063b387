using CustomsWorkbench.Platform.Models.Monitoring;

namespace CustomsWorkbench.Tests.Platform.Models;

public class PopulationStabilityTests
{
    private static List<double> Uniform(int n, double from, double to, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => from + random.NextDouble() * (to - from)).ToList();
    }

    [Fact]
    public void The_same_distribution_is_stable()
    {
        Assert.InRange(PopulationStability.Index(Uniform(5000, 0, 1, 1), Uniform(5000, 0, 1, 2)), 0, 0.02);
    }

    [Fact]
    public void A_shifted_distribution_passes_the_usual_threshold()
    {
        Assert.True(PopulationStability.Index(Uniform(5000, 0, 1, 1), Uniform(5000, 0.5, 1.5, 2)) > 0.2);
    }

    [Fact]
    public void Matches_the_textbook_formula_on_given_shares()
    {
        double[] expected = [0.5, 0.5];
        double[] actual = [0.8, 0.2];
        var manual = (0.8 - 0.5) * Math.Log(0.8 / 0.5) + (0.2 - 0.5) * Math.Log(0.2 / 0.5);
        Assert.Equal(manual, PopulationStability.Index(expected, actual), 10);
    }

    [Fact]
    public void An_empty_bin_gives_a_large_but_finite_index()
    {
        var psi = PopulationStability.Index([0.5, 0.5], [1.0, 0.0]);
        Assert.True(double.IsFinite(psi));
        Assert.True(psi > 1);
    }

    [Fact]
    public void Repeated_values_collapse_bins_instead_of_failing()
    {
        var baseline = Enumerable.Repeat(0.0, 900).Concat(Enumerable.Repeat(1.0, 100)).ToList();
        Assert.True(PopulationStability.Edges(baseline).Length <= 2);
        Assert.InRange(PopulationStability.Index(baseline, baseline), 0, 1e-9);
    }
}

public class DecileCalibrationTests
{
    [Fact]
    public void A_ranking_score_shows_hit_rates_rising_by_decile()
    {
        // Hit when the score is above 0.7: deciles 8-10 hit every time, 1-7 never.
        var outcomes = Enumerable.Range(0, 1000).Select(i => (Score: i / 1000.0, Hit: i >= 700)).ToList();

        var deciles = DecileCalibration.Compute(outcomes);

        Assert.Equal(Enumerable.Range(1, 10), deciles.Select(d => d.Decile));
        Assert.All(deciles, d => Assert.Equal(100, d.Count));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 1, 1], deciles.Select(d => d.HitRate));
        Assert.Equal(0.0495, deciles[0].MeanScore, 4);
    }

    [Fact]
    public void Too_few_outcomes_leave_empty_deciles_at_zero()
    {
        var deciles = DecileCalibration.Compute([(0.9, true), (0.1, false)]);
        Assert.Equal(10, deciles.Count);
        Assert.Equal(2, deciles.Sum(d => d.Count));
        Assert.All(deciles.Where(d => d.Count == 0), d => Assert.Equal(0, d.HitRate));
    }
}
