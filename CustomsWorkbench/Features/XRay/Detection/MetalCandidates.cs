using CustomsWorkbench.Features.XRay.Generation;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>A compact blob of metal standing out from the cargo around it: one weapon-candidate box and its shape/material features.</summary>
public sealed record MetalCandidate(Box Box, float[] Features);

/// <summary>
/// The small-object stage for metal threats. A knife in a container is a 1–3 px line about 25 px long: far below what a
/// 32 px window notices. Per pixel, the excess attenuation over the local background (box mean of 17×17 px) marks thin
/// dense things; where the low-energy excess is several times the high-energy excess the material is a metal. Compact
/// connected groups of such pixels become candidate boxes, each offered as itself and extended along its long axis
/// (a knife's plastic handle barely shows), and scored by <see cref="WeaponScorer"/>.
/// </summary>
public static class MetalCandidates
{
    public const int Radius = 8;
    /// <summary>
    /// Least high-energy excess attenuation of a candidate pixel. Chosen on 240 validation scans (weapon AP 0.39 at 0.6,
    /// 0.47 at 0.8, 0.43 at 1.0): lower merges blades with the cargo's clutter, higher breaks them up.
    /// </summary>
    public const float ExcessThreshold = 0.8f;
    /// <summary>Least low/high excess ratio (iron ≈ 4, organic ≈ 1.2).</summary>
    public const float MetalRatio = 2.0f;
    public const int MinPixels = 6, MaxSide = 72;
    /// <summary>Hypothesis kinds: the blob itself, extended by 60% to the left, right, up, down, and by 130% to the left, right.</summary>
    public const int Kinds = 7;

    public static readonly string[] Names =
    [
        "width", "height", "pixels", "fill", "elongation", "meanExcess", "maxExcess", "excessRatio", "ratio", "background",
        "backgroundSpread", "clutter", "extensionExcess", "extensionRatio", "kind", "parcel", "hypWidth", "hypHeight", "impenetrable", "blobDensity",
    ];

    /// <summary>
    /// Parcels are magnified about six times: a knife there is 150 px long, so they are searched on a 4× smaller image,
    /// where it has a container knife's size, and the boxes scaled back.
    /// </summary>
    public const int ParcelScale = 4;

    public static List<MetalCandidate> Find(MaterialMap map, bool parcel)
    {
        var plane = parcel ? Plane.Downsample(map, ParcelScale) : Plane.From(map);
        var found = Find(plane, parcel);
        if (!parcel) return found;
        return found.Select(c => c with { Box = new Box(c.Box.X * ParcelScale, c.Box.Y * ParcelScale, c.Box.Width * ParcelScale, c.Box.Height * ParcelScale) }).ToList();
    }

    private static List<MetalCandidate> Find(Plane map, bool parcel)
    {
        int w = map.Width, h = map.Height;
        var sumH = Integral(map.High, w, h);
        var sumL = Integral(map.Low, w, h);
        var sumH2 = Integral(map.High, w, h, square: true);
        var excessH = new float[w * h];
        var excessL = new float[w * h];
        var mask = new bool[w * h];
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
        {
            var i = y * w + x;
            var (bh, n) = BoxMean(sumH, w, h, x - Radius, y - Radius, x + Radius + 1, y + Radius + 1);
            var (bl, _) = BoxMean(sumL, w, h, x - Radius, y - Radius, x + Radius + 1, y + Radius + 1);
            excessH[i] = map.High[i] - (float)bh;
            excessL[i] = map.Low[i] - (float)bl;
            mask[i] = excessH[i] > ExcessThreshold && excessL[i] > MetalRatio * excessH[i] && map.High[i] < MaterialMap.MaxAttenuation - 0.5f;
        }
        var blobs = Group(Blobs(mask, w, h).Where(b => b.Count >= 3).ToList(), w);
        var result = new List<MetalCandidate>();
        // How much metal clutter the whole scan has (machinery, metals): the same blob means less in such a load.
        var density = (float)(blobs.Count * 10_000.0 / (w * h));
        foreach (var blob in blobs)
        {
            if (blob.Count < MinPixels) continue;
            int x0 = int.MaxValue, y0 = int.MaxValue, x1 = 0, y1 = 0;
            double mx = 0, my = 0, sumEx = 0, maxEx = 0, sumExL = 0, sumRatio = 0, impenetrable = 0;
            foreach (var i in blob)
            {
                int x = i % w, y = i / w;
                x0 = Math.Min(x0, x); y0 = Math.Min(y0, y); x1 = Math.Max(x1, x + 1); y1 = Math.Max(y1, y + 1);
                mx += x; my += y;
                sumEx += excessH[i]; maxEx = Math.Max(maxEx, excessH[i]); sumExL += excessL[i]; sumRatio += map.Ratio[i];
                impenetrable += map.Impenetrable[i];
            }
            int bw = x1 - x0, bhh = y1 - y0;
            if (bw > MaxSide || bhh > MaxSide) continue;
            var count = blob.Count;
            mx /= count; my /= count;
            double cxx = 0, cyy = 0, cxy = 0;
            foreach (var i in blob)
            {
                double dx = i % w - mx, dy = i / w - my;
                cxx += dx * dx; cyy += dy * dy; cxy += dx * dy;
            }
            cxx /= count; cyy /= count; cxy /= count;
            var root = Math.Sqrt((cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy);
            double l1 = (cxx + cyy) / 2 + root, l2 = Math.Max(0.05, (cxx + cyy) / 2 - root);
            var elongation = Math.Sqrt(l1 / l2);
            // The surroundings: a ring twice the blob's size.
            var pad = Math.Max(bw, bhh);
            var (ringMean, ringN) = BoxMean(sumH, w, h, x0 - pad, y0 - pad, x1 + pad, y1 + pad);
            var (ring2, _) = BoxMean(sumH2, w, h, x0 - pad, y0 - pad, x1 + pad, y1 + pad);
            var spread = Math.Sqrt(Math.Max(0, ring2 - ringMean * ringMean));
            var clutter = Clutter(mask, w, h, x0 - pad, y0 - pad, x1 + pad, y1 + pad) - count;
            var blobBox = new Box(x0, y0, bw, bhh);
            for (var kind = 0; kind < Kinds; kind++)
            {
                var (box, extension) = Hypothesis(blobBox, kind, w, h);
                double extEx = 0, extRatio = 0;
                if (extension is { } e)
                {
                    var (eh, en) = BoxMean(sumH, w, h, (int)e.X, (int)e.Y, (int)e.Right, (int)e.Bottom);
                    var (el, _) = BoxMean(sumL, w, h, (int)e.X, (int)e.Y, (int)e.Right, (int)e.Bottom);
                    extEx = eh - ringMean;
                    extRatio = eh > 0.05 ? el / eh : 1;
                }
                result.Add(new MetalCandidate(box,
                [
                    bw, bhh, count, (float)(count / (double)(bw * bhh)), (float)elongation, (float)(sumEx / count), (float)maxEx,
                    (float)(sumExL / Math.Max(1e-3, sumEx)), (float)(sumRatio / count), (float)ringMean, (float)spread, clutter,
                    (float)extEx, (float)extRatio, kind, parcel ? 1 : 0, (float)box.Width, (float)box.Height, (float)(impenetrable / count), density,
                ]));
            }
        }
        return result;
    }

    /// <summary>
    /// The blob (kind 0) padded by a pixel, or extended by 60% of its length on one side of its long axis (kinds 1–4):
    /// a knife's blade and bolster are metal, its handle is not. Returns the box and the added part.
    /// </summary>
    private static (Box Box, Box? Extension) Hypothesis(Box blob, int kind, int width, int height)
    {
        var b = new Box(blob.X - 1, blob.Y - 1, blob.Width + 2, blob.Height + 2);
        double ex = 0.6 * b.Width, ey = 0.6 * b.Height;
        Box? extension = kind switch
        {
            1 => new Box(b.X - ex, b.Y, ex, b.Height),
            2 => new Box(b.Right, b.Y, ex, b.Height),
            3 => new Box(b.X, b.Y - ey, b.Width, ey),
            4 => new Box(b.X, b.Bottom, b.Width, ey),
            5 => new Box(b.X - 2.2 * ex, b.Y, 2.2 * ex, b.Height),
            6 => new Box(b.Right, b.Y, 2.2 * ex, b.Height),
            _ => null,
        };
        var box = extension is { } e ? b.Union(e) : b;
        double x0 = Math.Max(0, box.X), y0 = Math.Max(0, box.Y), x1 = Math.Min(width, box.Right), y1 = Math.Min(height, box.Bottom);
        Box? clipped = extension is { } c && c.X < width && c.Right > 0 && c.Y < height && c.Bottom > 0
            ? new Box(Math.Max(0, c.X), Math.Max(0, c.Y), Math.Min(width, c.Right) - Math.Max(0, c.X), Math.Min(height, c.Bottom) - Math.Max(0, c.Y))
            : null;
        return (new Box(x0, y0, x1 - x0, y1 - y0), clipped);
    }

    /// <summary>
    /// Joins blobs closer than <see cref="Gap"/> px: photon noise and the cargo behind break a blade or a bolster into
    /// pieces (union-find over the blobs' boxes).
    /// </summary>
    private static List<List<int>> Group(List<List<int>> blobs, int w)
    {
        var boxes = blobs.Select(b =>
        {
            int x0 = int.MaxValue, y0 = int.MaxValue, x1 = 0, y1 = 0;
            foreach (var i in b) { x0 = Math.Min(x0, i % w); y0 = Math.Min(y0, i / w); x1 = Math.Max(x1, i % w + 1); y1 = Math.Max(y1, i / w + 1); }
            return (x0, y0, x1, y1);
        }).ToList();
        var parent = Enumerable.Range(0, blobs.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var a = 0; a < blobs.Count; a++)
        for (var b = a + 1; b < blobs.Count; b++)
        {
            var (ax0, ay0, ax1, ay1) = boxes[a];
            var (bx0, by0, bx1, by1) = boxes[b];
            if (bx0 > ax1 + Gap || ax0 > bx1 + Gap || by0 > ay1 + Gap || ay0 > by1 + Gap) continue;
            parent[Find(a)] = Find(b);
        }
        return Enumerable.Range(0, blobs.Count).GroupBy(Find).Select(g => g.SelectMany(i => blobs[i]).ToList()).ToList();
    }

    public const int Gap = 3;

    /// <summary>The parts of a material map this stage reads, at full or reduced resolution.</summary>
    private sealed record Plane(int Width, int Height, float[] High, float[] Low, float[] Ratio, float[] Impenetrable)
    {
        public static Plane From(MaterialMap map) => new(map.Width, map.Height, map.High, map.Low, map.Ratio,
            map.Classes.Select(c => c == MaterialClass.Impenetrable ? 1f : 0f).ToArray());

        /// <summary>Means over <paramref name="scale"/>×<paramref name="scale"/> blocks.</summary>
        public static Plane Downsample(MaterialMap map, int scale)
        {
            int w = map.Width / scale, h = map.Height / scale;
            var high = new float[w * h];
            var low = new float[w * h];
            var ratio = new float[w * h];
            var impenetrable = new float[w * h];
            for (var y = 0; y < h * scale; y++)
            for (var x = 0; x < w * scale; x++)
            {
                int i = y * map.Width + x, j = y / scale * w + x / scale;
                high[j] += map.High[i];
                low[j] += map.Low[i];
                if (map.Classes[i] == MaterialClass.Impenetrable) impenetrable[j]++;
            }
            float n = scale * scale;
            for (var j = 0; j < high.Length; j++)
            {
                high[j] /= n; low[j] /= n; impenetrable[j] /= n;
                ratio[j] = high[j] > 0.15f ? Math.Min(low[j] / high[j], 8f) : 1f;
            }
            return new Plane(w, h, high, low, ratio, impenetrable);
        }
    }

    private static List<List<int>> Blobs(bool[] mask, int w, int h)
    {
        var seen = new bool[mask.Length];
        var blobs = new List<List<int>>();
        var stack = new Stack<int>();
        for (var start = 0; start < mask.Length; start++)
        {
            if (!mask[start] || seen[start]) continue;
            var blob = new List<int>();
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                blob.Add(i);
                int x = i % w, y = i / w;
                for (var dy = -1; dy <= 1; dy++)
                for (var dx = -1; dx <= 1; dx++)
                {
                    int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    var j = ny * w + nx;
                    if (mask[j] && !seen[j]) { seen[j] = true; stack.Push(j); }
                }
            }
            blobs.Add(blob);
        }
        return blobs;
    }

    private static float Clutter(bool[] mask, int w, int h, int x0, int y0, int x1, int y1)
    {
        x0 = Math.Max(0, x0); y0 = Math.Max(0, y0); x1 = Math.Min(w, x1); y1 = Math.Min(h, y1);
        var n = 0;
        for (var y = y0; y < y1; y++)
        for (var x = x0; x < x1; x++)
            if (mask[y * w + x]) n++;
        return n;
    }

    /// <summary>Summed-area table with a zero first row and column: (w+1)×(h+1).</summary>
    private static double[] Integral(float[] values, int w, int h, bool square = false)
    {
        var s = new double[(w + 1) * (h + 1)];
        for (var y = 0; y < h; y++)
        {
            double row = 0;
            for (var x = 0; x < w; x++)
            {
                var v = values[y * w + x];
                row += square ? v * v : v;
                s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row;
            }
        }
        return s;
    }

    private static (double Mean, int Count) BoxMean(double[] s, int w, int h, int x0, int y0, int x1, int y1)
    {
        x0 = Math.Max(0, x0); y0 = Math.Max(0, y0); x1 = Math.Min(w, x1); y1 = Math.Min(h, y1);
        var n = (x1 - x0) * (y1 - y0);
        if (n <= 0) return (0, 0);
        var stride = w + 1;
        var sum = s[y1 * stride + x1] - s[y0 * stride + x1] - s[y1 * stride + x0] + s[y0 * stride + x0];
        return (sum / n, n);
    }
}
