using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// Describes the neighbourhood of a candidate box for the box regressor: column and row profiles over the box widened by
/// half its size on every side, of attenuation (above the neighbourhood's median), metal and organic shares and edge
/// strength. Where an object's edges fall shows up as steps in these profiles, whatever the candidate's size.
/// Summed-area tables make each profile bin a constant-time lookup.
/// </summary>
public sealed class BoxProfiles
{
    public const int Bins = 16;
    private const int Channels = 5;
    private const int High = 0, Metal = 1, Organic = 2, GradX = 3, GradY = 4;

    public static readonly int FeatureCount = 2 * 4 * Bins + ThreatClasses.All.Length + 4;

    private readonly int _width, _height;
    private readonly double[] _sums;

    private BoxProfiles(int width, int height, double[] sums)
    {
        _width = width; _height = height; _sums = sums;
    }

    public static BoxProfiles From(MaterialMap map)
    {
        int w = map.Width, h = map.Height, stride = w + 1;
        var sums = new double[(w + 1) * (h + 1) * Channels];
        Span<double> row = stackalloc double[Channels];
        for (var y = 0; y < h; y++)
        {
            row.Clear();
            for (var x = 0; x < w; x++)
            {
                var i = y * w + x;
                var v = map.High[i];
                row[High] += v;
                row[Metal] += map.Classes[i] is MaterialClass.Inorganic or MaterialClass.Impenetrable ? 1 : 0;
                row[Organic] += map.Classes[i] == MaterialClass.Organic ? 1 : 0;
                row[GradX] += x + 1 < w ? Math.Abs(map.High[i + 1] - v) : 0;
                row[GradY] += y + 1 < h ? Math.Abs(map.High[i + w] - v) : 0;
                var at = ((y + 1) * stride + x + 1) * Channels;
                var above = (y * stride + x + 1) * Channels;
                for (var k = 0; k < Channels; k++) sums[at + k] = sums[above + k] + row[k];
            }
        }
        return new BoxProfiles(w, h, sums);
    }

    /// <summary>The widened neighbourhood a box's profiles cover (also what predicted offsets are relative to).</summary>
    public static Box Extent(Box box)
    {
        double w = Math.Max(box.Width, 12), h = Math.Max(box.Height, 12);
        return new Box(box.X + box.Width / 2 - w, box.Y + box.Height / 2 - h, 2 * w, 2 * h);
    }

    public float[] Features(Box box, string threatClass, bool parcel)
    {
        var features = new float[FeatureCount];
        var e = Extent(box);
        // Columns profile over the box's rows, rows profile over the box's columns.
        int ry0 = Clamp(box.Y, _height), ry1 = Math.Max(ry0 + 1, Clamp(box.Bottom, _height));
        int cx0 = Clamp(box.X, _width), cx1 = Math.Max(cx0 + 1, Clamp(box.Right, _width));
        Span<double> s = stackalloc double[Channels];
        var all = Rect(Clamp(e.X, _width), Clamp(e.Y, _height), Clamp(e.Right, _width), Clamp(e.Bottom, _height), s);
        var baseline = all > 0 ? s[High] / all : 0;
        var gradScale = all > 0 ? (s[GradX] + s[GradY]) / all + 1e-3 : 1;
        var f = 0;
        for (var axis = 0; axis < 2; axis++)
        for (var b = 0; b < Bins; b++)
        {
            int x0, x1, y0, y1;
            if (axis == 0)
            {
                x0 = Clamp(e.X + e.Width * b / Bins, _width); x1 = Math.Max(x0 + 1, Clamp(e.X + e.Width * (b + 1) / Bins, _width));
                y0 = ry0; y1 = ry1;
            }
            else
            {
                y0 = Clamp(e.Y + e.Height * b / Bins, _height); y1 = Math.Max(y0 + 1, Clamp(e.Y + e.Height * (b + 1) / Bins, _height));
                x0 = cx0; x1 = cx1;
            }
            var n = Rect(Math.Min(x0, _width - 1), Math.Min(y0, _height - 1), Math.Min(x1, _width), Math.Min(y1, _height), s);
            var inside = n > 0;
            features[f + 0 * Bins * 2 + axis * Bins + b] = inside ? (float)(s[High] / n - baseline) : 0;
            features[f + 1 * Bins * 2 + axis * Bins + b] = inside ? (float)(s[Metal] / n) : 0;
            features[f + 2 * Bins * 2 + axis * Bins + b] = inside ? (float)(s[Organic] / n) : 0;
            features[f + 3 * Bins * 2 + axis * Bins + b] = inside ? (float)(s[axis == 0 ? GradX : GradY] / n / gradScale) : 0;
        }
        f = 8 * Bins;
        for (var k = 0; k < ThreatClasses.All.Length; k++) features[f++] = ThreatClasses.All[k] == threatClass ? 1 : 0;
        features[f++] = (float)box.Width;
        features[f++] = (float)box.Height;
        features[f++] = (float)baseline;
        features[f] = parcel ? 1 : 0;
        return features;
    }

    private static int Clamp(double v, int max) => (int)Math.Clamp(Math.Round(v), 0, max);

    private double Rect(int x0, int y0, int x1, int y1, Span<double> into)
    {
        into.Clear();
        if (x1 <= x0 || y1 <= y0) return 0;
        var stride = _width + 1;
        int a = (y1 * stride + x1) * Channels, b = (y0 * stride + x1) * Channels, c = (y1 * stride + x0) * Channels, d = (y0 * stride + x0) * Channels;
        for (var k = 0; k < Channels; k++) into[k] = _sums[a + k] - _sums[b + k] - _sums[c + k] + _sums[d + k];
        return (x1 - x0) * (double)(y1 - y0);
    }
}
