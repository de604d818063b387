namespace CustomsWorkbench.Platform.Models.Monitoring;

/// <summary>
/// Population stability index of a sample against a baseline: bins at the baseline's deciles (fewer when values repeat),
/// PSI = Σ (actual% − expected%) · ln(actual% / expected%). Empty bins get a small floor so one empty bin does not make
/// the index infinite. Rule of thumb: below 0.1 stable, 0.1–0.2 some shift, above 0.2 a real shift.
/// </summary>
public static class PopulationStability
{
    private const double Floor = 1e-4;

    /// <summary>Inner bin edges at the baseline's quantiles (distinct values only).</summary>
    public static double[] Edges(IReadOnlyList<double> baseline, int bins = 10)
    {
        if (baseline.Count == 0) return [];
        var sorted = baseline.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return [];
        return Enumerable.Range(1, bins - 1).Select(i => sorted[(int)((long)i * (sorted.Length - 1) / bins)]).Distinct().ToArray();
    }

    /// <summary>Share of values in each bin: bin i holds edges[i-1] &lt; x ≤ edges[i].</summary>
    public static double[] Shares(IEnumerable<double> values, double[] edges)
    {
        var counts = new double[edges.Length + 1];
        var total = 0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            var bin = Array.BinarySearch(edges, v);
            counts[bin >= 0 ? bin : ~bin]++;
            total++;
        }
        return total == 0 ? counts : counts.Select(c => c / total).ToArray();
    }

    public static double Index(IReadOnlyList<double> baseline, IReadOnlyList<double> actual, int bins = 10)
    {
        if (baseline.Count == 0 || actual.Count == 0) return 0;
        var edges = Edges(baseline, bins);
        return Index(Shares(baseline, edges), Shares(actual, edges));
    }

    public static double Index(double[] expected, double[] actual)
    {
        var psi = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            var e = Math.Max(expected[i], Floor);
            var a = Math.Max(actual[i], Floor);
            psi += (a - e) * Math.Log(a / e);
        }
        return psi;
    }
}
