using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Imaging;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// Per-pixel attenuation (−ln T) at both energies with the container walls taken out, and the material class the
/// low/high ratio implies. The walls are estimated as the thinnest part of the scan that is not air, as scanners
/// calibrate on the empty part of a container; without it every load would read as "mixed" through 4 mm of steel.
/// </summary>
public sealed class MaterialMap
{
    public const float MaxAttenuation = 11f;

    private MaterialMap(int width, int height, float[] high, float[] low, float[] ratio, MaterialClass[] classes, double baselineHigh, double baselineLow)
    {
        Width = width; Height = height; High = high; Low = low; Ratio = ratio; Classes = classes;
        BaselineHigh = baselineHigh; BaselineLow = baselineLow;
    }

    public int Width { get; }
    public int Height { get; }
    /// <summary>Net high-energy attenuation (walls removed).</summary>
    public float[] High { get; }
    public float[] Low { get; }
    /// <summary>Low/high attenuation ratio of the net attenuation (1 where too thin to tell).</summary>
    public float[] Ratio { get; }
    public MaterialClass[] Classes { get; }
    public double BaselineHigh { get; }
    public double BaselineLow { get; }

    public static MaterialMap From(ScanImage high, ScanImage? low)
    {
        var n = high.Pixels.Length;
        var aHigh = new float[n];
        var aLow = new float[n];
        var scaleH = 1.0 / high.MaxValue;
        var scaleL = 1.0 / (low ?? high).MaxValue;
        for (var i = 0; i < n; i++)
        {
            aHigh[i] = Attenuate(high.Pixels[i] * scaleH);
            aLow[i] = low is null ? aHigh[i] : Attenuate(low.Pixels[i] * scaleL);
        }
        var (baseHigh, baseLow) = Baseline(aHigh, aLow);
        var ratio = new float[n];
        var classes = new MaterialClass[n];
        var impenetrable = (float)-Math.Log(Attenuation.ImpenetrableTransmission);
        for (var i = 0; i < n; i++)
        {
            var rawHigh = aHigh[i];
            aHigh[i] = Math.Max(0, rawHigh - (float)baseHigh);
            aLow[i] = Math.Max(0, aLow[i] - (float)baseLow);
            ratio[i] = aHigh[i] > 0.15f ? Math.Min(aLow[i] / aHigh[i], 8f) : 1f;
            classes[i] = rawHigh >= impenetrable ? MaterialClass.Impenetrable
                : aHigh[i] < Attenuation.EmptyAttenuation ? MaterialClass.Empty
                : low is null ? MaterialClass.Organic
                : Attenuation.ClassifyRatio(ratio[i]);
        }
        return new MaterialMap(high.Width, high.Height, aHigh, aLow, ratio, classes, baseHigh, baseLow);
    }

    private static float Attenuate(double transmission) => (float)Math.Min(MaxAttenuation, -Math.Log(Math.Max(transmission, 1.6e-5)));

    /// <summary>The walls: a low percentile of the attenuation over everything that is not open air.</summary>
    private static (double High, double Low) Baseline(float[] high, float[] low)
    {
        var samples = new List<(float H, float L)>();
        var step = Math.Max(1, high.Length / 20_000);
        for (var i = 0; i < high.Length; i += step)
            if (high[i] > Attenuation.EmptyAttenuation) samples.Add((high[i], low[i]));
        if (samples.Count < 100) return (0, 0);
        samples.Sort((a, b) => a.H.CompareTo(b.H));
        var lowSlice = samples.Take(Math.Max(10, samples.Count * 3 / 100)).ToList();
        return (lowSlice.Average(s => s.H), lowSlice.Average(s => s.L));
    }

    /// <summary>Share of each material class among the pixels of a region that are not empty.</summary>
    public double[] ClassShares(Box? region = null)
    {
        var counts = new double[5];
        var r = region ?? new Box(0, 0, Width, Height);
        int x0 = (int)Math.Max(0, r.X), x1 = (int)Math.Min(Width, r.Right), y0 = (int)Math.Max(0, r.Y), y1 = (int)Math.Min(Height, r.Bottom);
        for (var y = y0; y < y1; y++)
        for (var x = x0; x < x1; x++)
            counts[(int)Classes[y * Width + x]]++;
        var total = counts.Skip(1).Sum();
        return total == 0 ? counts : counts.Select(c => c / total).ToArray();
    }
}
