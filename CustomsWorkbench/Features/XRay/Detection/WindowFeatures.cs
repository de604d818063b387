using CustomsWorkbench.Features.XRay.Generation;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>One detection window (2×2 cells, 32 px, stepping one cell) and its hand-crafted features.</summary>
public sealed record ScanWindow(int Column, int Row, Box Box, float[] Features);

/// <summary>
/// Features of a window from both energies: attenuation level and spread, low/high ratio (material), material-class
/// shares, edges in each direction (stripes of cartons), and the same compared with the surroundings and the whole load,
/// because a concealment is something that does not look like the cargo around it.
/// </summary>
public static class WindowFeatures
{
    public const int WindowCells = 2;
    public const int ContextCells = 6;

    public static readonly string[] Names =
    [
        "meanHigh", "stdHigh", "meanLow", "meanRatio", "stdRatio", "organic", "mixed", "inorganic", "impenetrable", "empty",
        "gradX", "gradY", "quadrantSpread", "highVsContext", "ratioVsContext", "inorganicVsContext", "organicVsContext",
        "impenetrableVsContext", "gradVsContext", "loadHigh", "loadRatio", "parcel",
    ];

    public static IReadOnlyList<ScanWindow> Compute(CellGrid grid, bool parcel)
    {
        Span<double> w = stackalloc double[CellGrid.Channels];
        Span<double> c = stackalloc double[CellGrid.Channels];
        Span<double> q = stackalloc double[CellGrid.Channels];
        var (loadHigh, loadRatio) = LoadProfile(grid);
        var windows = new List<ScanWindow>((grid.Columns - 1) * (grid.Rows - 1));
        for (var row = 0; row + WindowCells <= grid.Rows; row++)
        for (var col = 0; col + WindowCells <= grid.Columns; col++)
        {
            var n = grid.Sum(col, row, col + WindowCells, row + WindowCells, w);
            var pad = (ContextCells - WindowCells) / 2;
            var nc = grid.Sum(col - pad, row - pad, col + WindowCells + pad, row + WindowCells + pad, c);
            // The context is the ring around the window, not including it.
            for (var k = 0; k < CellGrid.Channels; k++) c[k] -= w[k];
            nc -= n;
            var meanHigh = w[CellGrid.SumHigh] / n;
            var stdHigh = Math.Sqrt(Math.Max(0, w[CellGrid.SumHigh2] / n - meanHigh * meanHigh));
            var ratio = w[CellGrid.RatioCount] > 0 ? w[CellGrid.SumRatio] / w[CellGrid.RatioCount] : 1;
            var stdRatio = w[CellGrid.RatioCount] > 0 ? Math.Sqrt(Math.Max(0, w[CellGrid.SumRatio2] / w[CellGrid.RatioCount] - ratio * ratio)) : 0;
            var ctxHigh = nc > 0 ? c[CellGrid.SumHigh] / nc : meanHigh;
            var ctxRatio = c[CellGrid.RatioCount] > 0 ? c[CellGrid.SumRatio] / c[CellGrid.RatioCount] : ratio;
            double Share(Span<double> s, int ch, double count) => count > 0 ? s[ch] / count : 0;
            var grad = (w[CellGrid.GradX] + w[CellGrid.GradY]) / n;
            var ctxGrad = nc > 0 ? (c[CellGrid.GradX] + c[CellGrid.GradY]) / nc : grad;
            double qMin = double.MaxValue, qMax = double.MinValue;
            for (var dy = 0; dy < WindowCells; dy++)
            for (var dx = 0; dx < WindowCells; dx++)
            {
                var qn = grid.Sum(col + dx, row + dy, col + dx + 1, row + dy + 1, q);
                var m = q[CellGrid.SumHigh] / qn;
                qMin = Math.Min(qMin, m);
                qMax = Math.Max(qMax, m);
            }
            float[] features =
            [
                (float)meanHigh, (float)stdHigh, (float)(w[CellGrid.SumLow] / n), (float)ratio, (float)stdRatio,
                (float)Share(w, CellGrid.Organic, n), (float)Share(w, CellGrid.Mixed, n), (float)Share(w, CellGrid.Inorganic, n),
                (float)Share(w, CellGrid.Impenetrable, n), (float)Share(w, CellGrid.Empty, n),
                (float)(w[CellGrid.GradX] / n), (float)(w[CellGrid.GradY] / n), (float)(qMax - qMin),
                (float)(meanHigh - ctxHigh), (float)(ratio - ctxRatio),
                (float)(Share(w, CellGrid.Inorganic, n) - Share(c, CellGrid.Inorganic, nc)),
                (float)(Share(w, CellGrid.Organic, n) - Share(c, CellGrid.Organic, nc)),
                (float)(Share(w, CellGrid.Impenetrable, n) - Share(c, CellGrid.Impenetrable, nc)),
                (float)(grad - ctxGrad), (float)loadHigh, (float)loadRatio, parcel ? 1f : 0f,
            ];
            var size = WindowCells * CellGrid.CellSize;
            windows.Add(new ScanWindow(col, row, new Box(col * CellGrid.CellSize, row * CellGrid.CellSize, size, size), features));
        }
        return windows;
    }

    /// <summary>Median attenuation and mean ratio of the cells that hold cargo.</summary>
    private static (double High, double Ratio) LoadProfile(CellGrid grid)
    {
        Span<double> s = stackalloc double[CellGrid.Channels];
        var highs = new List<double>();
        double ratioSum = 0, ratioCount = 0;
        for (var r = 0; r < grid.Rows; r++)
        for (var c = 0; c < grid.Columns; c++)
        {
            var n = grid.Sum(c, r, c + 1, r + 1, s);
            if (s[CellGrid.Empty] > n / 2) continue;
            highs.Add(s[CellGrid.SumHigh] / n);
            ratioSum += s[CellGrid.SumRatio];
            ratioCount += s[CellGrid.RatioCount];
        }
        if (highs.Count == 0) return (0, 1);
        highs.Sort();
        return (highs[highs.Count / 2], ratioCount > 0 ? ratioSum / ratioCount : 1);
    }
}
