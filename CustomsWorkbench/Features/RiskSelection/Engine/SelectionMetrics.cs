namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>One row of the evaluation table: a strategy's catch when it may select k (a fraction) of the declarations.</summary>
public sealed record StrategyMetrics(string Name, double K, double Precision, double Recall, double Revenue);

/// <summary>Precision, recall and revenue share of the first k% of a ranking.</summary>
public static class SelectionMetrics
{
    public static readonly double[] Ks = [0.01, 0.02, 0.05, 0.10];

    /// <summary>How many declarations k% of <paramref name="total"/> allows (at least one).</summary>
    public static int Budget(double k, int total) => Math.Max(1, (int)Math.Round(k * total));

    /// <param name="ranking">Indexes into the label arrays, best first (only the first <see cref="Budget"/> are read).</param>
    /// <param name="budget">How many to read instead of k's budget (a selection of its own size, e.g. the planner's red picks).</param>
    public static StrategyMetrics AtK(string name, double k, IReadOnlyList<int> ranking, bool[] illicit, double[] revenue, int? budget = null)
    {
        var take = Math.Min(budget ?? Budget(k, illicit.Length), ranking.Count);
        int hits = 0, allHits = 0;
        double caught = 0, allRevenue = 0;
        for (var i = 0; i < illicit.Length; i++)
        {
            if (illicit[i]) allHits++;
            allRevenue += revenue[i];
        }
        for (var n = 0; n < take; n++)
        {
            var i = ranking[n];
            if (illicit[i]) hits++;
            caught += revenue[i];
        }
        return new StrategyMetrics(name, k,
            take == 0 ? 0 : (double)hits / take,
            allHits == 0 ? 0 : (double)hits / allHits,
            allRevenue <= 0 ? 0 : caught / allRevenue);
    }

    /// <summary>Mean metrics of several rankings (random strategy: averaging draws removes most of the luck).</summary>
    public static StrategyMetrics Mean(string name, double k, IReadOnlyList<StrategyMetrics> draws) =>
        new(name, k, draws.Average(d => d.Precision), draws.Average(d => d.Recall), draws.Average(d => d.Revenue));
}
