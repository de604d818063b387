using CustomsWorkbench.Features.RiskSelection.Engine;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

public class SelectionMetricsTests
{
    // 20 declarations; 4 illicit (indexes 0, 3, 7, 12) carrying revenue 50, 30, 15, 5 (total 100).
    private static readonly bool[] Illicit = Enumerable.Range(0, 20).Select(i => i is 0 or 3 or 7 or 12).ToArray();
    private static readonly double[] Revenue = Enumerable.Range(0, 20).Select(i => i switch { 0 => 50.0, 3 => 30, 7 => 15, 12 => 5, _ => 0 }).ToArray();

    [Fact]
    public void Precision_recall_and_revenue_share_of_the_first_k_percent()
    {
        var ranking = new[] { 3, 1, 12, 0, 2, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19 };

        var at10 = SelectionMetrics.AtK("ml", 0.10, ranking, Illicit, Revenue); // budget 2: {3, 1}
        Assert.Equal(0.5, at10.Precision, 6);
        Assert.Equal(0.25, at10.Recall, 6);
        Assert.Equal(0.30, at10.Revenue, 6);

        var at20 = SelectionMetrics.AtK("ml", 0.20, ranking, Illicit, Revenue); // budget 4: {3, 1, 12, 0}
        Assert.Equal(0.75, at20.Precision, 6);
        Assert.Equal(0.75, at20.Recall, 6);
        Assert.Equal(0.85, at20.Revenue, 6);
    }

    [Fact]
    public void Budget_is_at_least_one_and_rounds_k_of_the_population()
    {
        Assert.Equal(1, SelectionMetrics.Budget(0.01, 20));
        Assert.Equal(5, SelectionMetrics.Budget(0.05, 100));
        Assert.Equal(10, SelectionMetrics.Budget(0.10, 100));
    }

    [Fact]
    public void No_illicit_or_no_revenue_gives_zero_not_a_division_error()
    {
        var none = new bool[10];
        var m = SelectionMetrics.AtK("random", 0.1, Enumerable.Range(0, 10).ToList(), none, new double[10]);
        Assert.Equal(0, m.Precision);
        Assert.Equal(0, m.Recall);
        Assert.Equal(0, m.Revenue);
    }
}
