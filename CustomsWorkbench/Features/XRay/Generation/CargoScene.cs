namespace CustomsWorkbench.Features.XRay.Generation;

/// <summary>
/// What lies along each ray of a scan: one areal-density layer (g/cm²) per material. Objects are added as shapes with a
/// thickness along the beam; overlapping objects simply add up, as they do physically.
/// </summary>
public sealed class CargoScene(int width, int height)
{
    private readonly float[][] _layers = Materials.All.Select(_ => new float[width * height]).ToArray();

    public int Width { get; } = width;
    public int Height { get; } = height;

    public float ArealDensity(Material material, int x, int y) => _layers[Materials.IndexOf(material)][y * Width + x];

    /// <summary>A box of material <paramref name="thicknessCm"/> deep at bulk <paramref name="density"/> (g/cm³).</summary>
    public void AddBox(Material material, double x, double y, double w, double h, double thicknessCm, double? density = null)
    {
        var layer = _layers[Materials.IndexOf(material)];
        var rt = (float)(thicknessCm * (density ?? material.Density));
        int x0 = Clamp(x, Width), x1 = Clamp(x + w, Width), y0 = Clamp(y, Height), y1 = Clamp(y + h, Height);
        for (var yy = y0; yy < y1; yy++)
        {
            var row = yy * Width;
            for (var xx = x0; xx < x1; xx++) layer[row + xx] += rt;
        }
    }

    /// <summary>A sphere-like blob (thickness falls off towards the rim, like a can or a round part seen from the side).</summary>
    public void AddDisc(Material material, double cx, double cy, double radius, double thicknessCm, double? density = null)
    {
        var layer = _layers[Materials.IndexOf(material)];
        var rt = thicknessCm * (density ?? material.Density);
        int x0 = Clamp(cx - radius, Width), x1 = Clamp(cx + radius + 1, Width), y0 = Clamp(cy - radius, Height), y1 = Clamp(cy + radius + 1, Height);
        for (var yy = y0; yy < y1; yy++)
        for (var xx = x0; xx < x1; xx++)
        {
            var d2 = ((xx - cx) * (xx - cx) + (yy - cy) * (yy - cy)) / (radius * radius);
            if (d2 < 1) layer[yy * Width + xx] += (float)(rt * Math.Sqrt(1 - d2));
        }
    }

    /// <summary>A rotated thin bar (blade, barrel, pipe) from (x0,y0) to (x1,y1).</summary>
    public void AddBar(Material material, double x0, double y0, double x1, double y1, double halfWidth, double thicknessCm)
    {
        var layer = _layers[Materials.IndexOf(material)];
        var rt = (float)(thicknessCm * material.Density);
        double dx = x1 - x0, dy = y1 - y0, length2 = dx * dx + dy * dy;
        int minX = Clamp(Math.Min(x0, x1) - halfWidth, Width), maxX = Clamp(Math.Max(x0, x1) + halfWidth + 1, Width);
        int minY = Clamp(Math.Min(y0, y1) - halfWidth, Height), maxY = Clamp(Math.Max(y0, y1) + halfWidth + 1, Height);
        for (var yy = minY; yy < maxY; yy++)
        for (var xx = minX; xx < maxX; xx++)
        {
            var t = Math.Clamp(((xx - x0) * dx + (yy - y0) * dy) / length2, 0, 1);
            double px = x0 + t * dx - xx, py = y0 + t * dy - yy;
            if (px * px + py * py <= halfWidth * halfWidth) layer[yy * Width + xx] += rt;
        }
    }

    /// <summary>Total low- and high-energy attenuation (−ln T) of one pixel.</summary>
    public (double Low, double High) Attenuation(int index)
    {
        double low = 0, high = 0;
        for (var m = 0; m < _layers.Length; m++)
        {
            var rt = _layers[m][index];
            if (rt == 0) continue;
            low += Materials.All[m].MuLow * rt;
            high += Materials.All[m].MuHigh * rt;
        }
        return (low, high);
    }

    private static int Clamp(double v, int max) => Math.Clamp((int)Math.Round(v), 0, max);
}
