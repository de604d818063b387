namespace CustomsWorkbench.Components.Shared;

/// <summary>
/// How <see cref="ContributionChart"/> lays out an explanation: the drivers (largest first, at most Top), the factors too
/// small to present as drivers folded into one "other factors" total, and one scale (percent of the bar column) shared by
/// every row and the axis, in the contributions' own units.
/// </summary>
public sealed record ContributionLayout(
    IReadOnlyList<ContributionBar> Drivers, int OtherCount, double OtherTotal, double Low, double High, IReadOnlyList<AxisTick> Ticks)
{
    /// <summary>A factor under this share of the largest contribution is not a driver.</summary>
    public const double TrivialShare = 0.05;
    /// <summary>Nor is one under 0.001 in the contributions' own units, however small the others are.</summary>
    public const double TrivialAbsolute = 0.001;

    public static ContributionLayout Of(IReadOnlyList<ContributionBar> bars, int top)
    {
        var ordered = bars.OrderByDescending(b => Math.Abs(b.Contribution)).ToList();
        var largest = ordered.Count == 0 ? 0 : Math.Abs(ordered[0].Contribution);
        var threshold = Math.Max(TrivialAbsolute, largest * TrivialShare);
        // Ordered by size, so the drivers are a prefix: the rest (trivial, or beyond Top) is the "other factors" line.
        var count = Math.Min(Math.Max(1, top), ordered.Count(b => Math.Abs(b.Contribution) >= threshold));
        var drivers = ordered.Take(count).ToList();
        var others = ordered.Skip(count).ToList();
        var otherTotal = others.Sum(b => b.Contribution);
        var shown = drivers.Select(b => b.Contribution).Append(others.Count > 0 ? otherTotal : 0).ToList();
        var low = Math.Min(0, shown.Min());
        var high = Math.Max(0, shown.Max());
        if (high - low < 1e-12) high = low + 1e-12;
        return new ContributionLayout(drivers, others.Count, otherTotal, low, high, TicksFor(low, high));
    }

    /// <summary>Where the zero line is, in percent of the bar column.</summary>
    public double ZeroAt => Position(0);

    public double Position(double value) => (value - Low) / (High - Low) * 100;

    /// <summary>The bar of one contribution: left edge and width in percent of the column (at least a sliver, so it shows).</summary>
    public (double X, double Width) Span(double contribution)
    {
        var width = Math.Max(0.6, Math.Abs(contribution) / (High - Low) * 100);
        var x = contribution >= 0 ? ZeroAt : Math.Max(0, ZeroAt - width);
        return (Math.Round(x, 2), Math.Round(Math.Min(width, 100 - x), 2));
    }

    /// <summary>
    /// Labels at the two ends only, anchored inwards, so they cannot overlap however narrow the column (a label in between
    /// collided with an end in a 100 px column); zero is the line drawn through every bar, and an end that is zero says "0".
    /// </summary>
    private static IReadOnlyList<AxisTick> TicksFor(double low, double high) =>
        [new AxisTick(Math.Abs(low) < 1e-9 ? 0 : low, 0), new AxisTick(high - low < 1e-9 ? 0 : high, 100)];
}

/// <summary>An axis label under the bars: its value in contribution units and where it sits (percent of the column).</summary>
public sealed record AxisTick(double Value, double At)
{
    /// <summary>Anchored by its left edge at the left end and by its right edge at the right end.</summary>
    public string Style => At < 50 ? "left:0" : "right:0";
}
