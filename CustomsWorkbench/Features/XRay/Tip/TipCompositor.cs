using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Tip;

/// <summary>A threat composited into a scan: its class, its box and the new images.</summary>
public sealed record ProjectedThreat(string Class, Box Box, ScanImage High, ScanImage? Low);

/// <summary>
/// Projects a known threat into existing scan images. The threat is drawn with the generator's own materials into a small
/// scene, and its transmission at each energy multiplies the scan's (Beer–Lambert: attenuations along a ray add up), so the
/// threat looks as if it had been in the cargo. Pixels the threat does not cover are left exactly as they were, and the
/// covered ones get the extra photon noise fewer photons would have had (<see cref="ProjectionNoise"/>).
/// </summary>
public static class TipCompositor
{
    /// <summary>Threats a projection can show; a compartment only in containers, standing on the load's floor.</summary>
    public static readonly string[] Classes = [ThreatClasses.Weapon, ThreatClasses.OrganicPackage, ThreatClasses.Electronics, ThreatClasses.Compartment];

    public static ProjectedThreat? Project(ScanImage high, ScanImage? low, ScanSubject subject, IReadOnlyList<Box> avoid, int seed)
    {
        var random = new Random(seed);
        var classes = subject == ScanSubject.Container ? Classes : Classes.Where(c => c != ThreatClasses.Compartment).ToArray();
        var threat = classes[random.Next(classes.Length)];
        var ppc = subject == ScanSubject.Container ? high.Width / 1200.0 : high.Width / 100.0;
        int mx = (int)(high.Width * 0.12), my = (int)(high.Height * 0.18);
        var overCargo = CargoThreshold(high, mx, my);
        var compartment = threat == ThreatClasses.Compartment;
        // A compartment is a false wall from the floor up: its patch spans the scan's height and keeps the load's rows.
        var load = compartment ? LoadRows(high, mx, overCargo) : null;
        if (compartment && load is null) return null;
        // The threat is drawn in a patch scene of its own, then placed.
        int pw = Math.Max(16, high.Width / 3), ph = compartment ? high.Height : Math.Max(16, high.Height / 2);
        var patch = new CargoScene(pw, ph);
        var loadBox = load is { } rows ? new Box(2, rows.Top, pw - 4, rows.Bottom - rows.Top) : new Box(2, 2, pw - 4, ph - 4);
        var layout = new SceneLayout(loadBox, subject == ScanSubject.Container ? 235 : 30, ppc, subject);
        if (ConcealmentPlanter.Plant(patch, layout, threat, [], random) is not { } drawn) return null;
        var (x0, y0, x1, y1) = Extent(patch);
        if (x1 < x0) return null;
        int w = x1 - x0 + 1, h = y1 - y0 + 1;
        // A free spot: inside the scan's margins, clear of the AI's findings, preferably over cargo rather than air.
        if (high.Width - 2 * mx <= w || (!compartment && high.Height - 2 * my <= h)) return null;
        (int X, int Y)? chosen = null;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            int ox = random.Next(mx, high.Width - mx - w), oy = compartment ? y0 : random.Next(my, high.Height - my - h);
            var box = new Box(ox, oy, w, h);
            if (avoid.Any(a => a.Intersection(box) > 0)) continue;
            chosen ??= (ox, oy);
            if (MeanAttenuation(high, box) > overCargo) { chosen = (ox, oy); break; }
        }
        if (chosen is not { } at) return null;
        var newHigh = new ScanImage(high.Width, high.Height, high.BitDepth, (ushort[])high.Pixels.Clone());
        var newLow = low is null ? null : new ScanImage(low.Width, low.Height, low.BitDepth, (ushort[])low.Pixels.Clone());
        var noiseHigh = ProjectionNoise.Estimate(high);
        var noiseLow = low is null ? null : ProjectionNoise.Estimate(low);
        for (var y = y0; y <= y1; y++)
        for (var x = x0; x <= x1; x++)
        {
            var (aLow, aHigh) = patch.Attenuation(y * pw + x);
            if (aHigh <= 0 && aLow <= 0) continue;
            var target = (at.Y + y - y0) * high.Width + at.X + x - x0;
            noiseHigh.Attenuate(newHigh, target, aHigh, random);
            if (newLow is not null) noiseLow!.Attenuate(newLow, target, aLow, random);
        }
        var projected = new Box(drawn.X - x0 + at.X, drawn.Y - y0 + at.Y, drawn.Width, drawn.Height);
        return new ProjectedThreat(threat, projected, newHigh, newLow);
    }

    /// <summary>Top and bottom rows of the load: rows where at least a third of the interior columns read as cargo.</summary>
    private static (int Top, int Bottom)? LoadRows(ScanImage image, int mx, double overCargo)
    {
        int top = -1, bottom = -1;
        for (var y = 0; y < image.Height; y++)
        {
            int cargo = 0, n = 0;
            for (var x = mx; x < image.Width - mx; x += 4, n++)
                if (-Math.Log(Math.Max(image.Transmission(y * image.Width + x), 1e-6)) > overCargo) cargo++;
            if (n == 0 || cargo * 3 < n) continue;
            if (top < 0) top = y;
            bottom = y;
        }
        return top < 0 || bottom - top < image.Height / 5 ? null : (top, bottom + 1);
    }

    /// <summary>Bounding pixels of everything drawn in the patch (a bar may stick out of its box by its half width).</summary>
    private static (int X0, int Y0, int X1, int Y1) Extent(CargoScene scene)
    {
        int x0 = scene.Width, y0 = scene.Height, x1 = -1, y1 = -1;
        for (var y = 0; y < scene.Height; y++)
        for (var x = 0; x < scene.Width; x++)
        {
            if (scene.Attenuation(y * scene.Width + x).High <= 0) continue;
            x0 = Math.Min(x0, x); x1 = Math.Max(x1, x); y0 = Math.Min(y0, y); y1 = Math.Max(y1, y);
        }
        return (x0, y0, x1, y1);
    }

    /// <summary>
    /// Attenuation that reads as cargo rather than the bare container shell or carton: a little above the emptiest quarter
    /// of the scan's interior (a steel wall alone already attenuates, so "not air" is not enough).
    /// </summary>
    private static double CargoThreshold(ScanImage image, int mx, int my)
    {
        var samples = new List<double>();
        for (var y = my; y < image.Height - my; y += 8)
        for (var x = mx; x < image.Width - mx; x += 8)
            samples.Add(-Math.Log(Math.Max(image.Transmission(y * image.Width + x), 1e-6)));
        if (samples.Count == 0) return Attenuation.EmptyAttenuation;
        samples.Sort();
        return Math.Max(Attenuation.EmptyAttenuation, samples[samples.Count / 4] * 1.15);
    }

    private static double MeanAttenuation(ScanImage image, Box box)
    {
        double sum = 0;
        var n = 0;
        for (var y = (int)box.Y; y < (int)box.Bottom; y += 2)
        for (var x = (int)box.X; x < (int)box.Right; x += 2)
        {
            sum += -Math.Log(Math.Max(image.Transmission(y * image.Width + x), 1e-6));
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
