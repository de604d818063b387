namespace CustomsWorkbench.Platform.Models.Monitoring;

/// <summary>
/// The arithmetic every monitor shares: weeks by their Monday, PSI per week against a baseline (of numbers or of
/// categories) and the share of a yes/no per week. Kept here so each feature's monitor only says where its data is.
/// </summary>
public static class WeeklyHealth
{
    public const int Weeks = 12;

    /// <summary>Fewer values than this in a week are too few for a PSI: the week has no figure (null, "no data"), neither a
    /// shift nor a reassuring 0.</summary>
    public const int MinPerWeek = 10;

    public static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>The Mondays of the <paramref name="count"/> weeks ending with the week of <paramref name="last"/>, oldest first.</summary>
    public static List<DateOnly> Ending(DateOnly last, int count = Weeks)
    {
        var lastWeek = Monday(last);
        return Enumerable.Range(0, count).Select(i => lastWeek.AddDays(-7 * (count - 1 - i))).ToList();
    }

    public static IReadOnlyList<string> Labels(IEnumerable<DateOnly> weeks) => weeks.Select(w => w.ToString("yyyy-MM-dd")).ToList();

    /// <summary>PSI of each week's values against the baseline's distribution; null for a week with too few values.</summary>
    public static IReadOnlyList<double?> Psi(IReadOnlyList<double> baseline, IReadOnlyList<DateOnly> weeks, IEnumerable<(DateOnly Date, double Value)> values)
    {
        var byWeek = values.GroupBy(v => Monday(v.Date)).ToDictionary(g => g.Key, g => g.Select(v => v.Value).ToList());
        return weeks.Select(w => WeekPsi(baseline, byWeek.GetValueOrDefault(w) ?? [])).ToList();
    }

    /// <summary>PSI of one week's values against the baseline; null (no data) when the week holds fewer than <see cref="MinPerWeek"/>.</summary>
    public static double? WeekPsi(IReadOnlyList<double> baseline, IReadOnlyList<double> inWeek) =>
        inWeek.Count < MinPerWeek || baseline.Count == 0 ? null : Round(PopulationStability.Index(baseline, inWeek));

    /// <summary>PSI of each week's mix of categories (e.g. intents) against the baseline's mix; unseen categories share one bin;
    /// null for a week with too few values.</summary>
    public static IReadOnlyList<double?> CategoryPsi(IReadOnlyList<string> baseline, IReadOnlyList<DateOnly> weeks, IEnumerable<(DateOnly Date, string Category)> values)
    {
        var categories = baseline.Distinct().Order(StringComparer.Ordinal).ToList();
        var byWeek = values.GroupBy(v => Monday(v.Date)).ToDictionary(g => g.Key, g => g.Select(v => v.Category).ToList());
        var expected = CategoryShares(categories, baseline);
        return weeks.Select(w => byWeek.TryGetValue(w, out var inWeek) && inWeek.Count >= MinPerWeek
            ? Round(PopulationStability.Index(expected, CategoryShares(categories, inWeek))) : (double?)null).ToList();
    }

    /// <summary>Share of each category in <paramref name="values"/>, in the order of <paramref name="categories"/>, plus one last bin for the rest.</summary>
    public static double[] CategoryShares(IReadOnlyList<string> categories, IReadOnlyList<string> values)
    {
        var index = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var counts = new double[categories.Count + 1];
        foreach (var v in values) counts[index.TryGetValue(v, out var i) ? i : categories.Count]++;
        return values.Count == 0 ? counts : counts.Select(c => c / values.Count).ToArray();
    }

    /// <summary>Share of "yes" per week (e.g. dismissed alarms); null for a week without any decision.</summary>
    public static IReadOnlyList<double?> Shares(IReadOnlyList<DateOnly> weeks, IEnumerable<(DateOnly Date, bool Yes)> decisions)
    {
        var byWeek = decisions.GroupBy(d => Monday(d.Date)).ToDictionary(g => g.Key, g => (Count: g.Count(), Yes: g.Count(d => d.Yes)));
        return weeks.Select(w => byWeek.TryGetValue(w, out var c) ? Round((double)c.Yes / c.Count) : (double?)null).ToList();
    }

    public static double Round(double v) => Math.Round(v, 4);
}
