namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// A running distribution of a positive quantity (unit value, value per kg, ...) on a log scale: fixed bins of 1/8 in
/// natural log (about 13%), so adding is O(1) and the median, interpolated inside its bin, costs a short walk. Exact
/// enough for a ratio against peers, and it never stores the values themselves.
/// </summary>
public sealed class PeerHistogram
{
    private const double Min = -6, Width = 0.125;
    private const int Bins = 256; // covers e^-6 … e^26
    private readonly int[] _counts = new int[Bins];

    public int Count { get; private set; }

    public void Add(double value)
    {
        if (!(value > 0) || double.IsInfinity(value)) return;
        _counts[BinOf(Math.Log(value))]++;
        Count++;
    }

    /// <summary>The natural log of the median, or NaN when empty.</summary>
    public double LogMedian()
    {
        if (Count == 0) return double.NaN;
        var half = Count / 2.0;
        var seen = 0;
        for (var i = 0; i < Bins; i++)
        {
            var c = _counts[i];
            if (c == 0) continue;
            if (seen + c >= half)
            {
                // Linear interpolation inside the bin that holds the middle observation.
                var within = (half - seen) / c;
                return Min + (i + within) * Width;
            }
            seen += c;
        }
        return Min + Bins * Width;
    }

    private static int BinOf(double log) => Math.Clamp((int)((log - Min) / Width), 0, Bins - 1);
}
