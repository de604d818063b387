using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// Windows are coarse (32 px); a knife is 9 px high. Shrinks a box onto the pixels that are denser than the ring around
/// it (and, for metal threats, read as metal), using 2nd–98th percentiles so stray noise does not stretch it.
/// </summary>
public static class BoxTightener
{
    public static DetectedThreat Tighten(MaterialMap map, DetectedThreat detection)
    {
        if (detection.Class == ThreatClasses.Cigarettes) return detection;
        var b = detection.Box;
        var margin = 12;
        int x0 = Math.Max(0, (int)b.X - margin), y0 = Math.Max(0, (int)b.Y - margin);
        int x1 = Math.Min(map.Width, (int)b.Right + margin), y1 = Math.Min(map.Height, (int)b.Bottom + margin);
        var ring = new List<float>();
        for (var y = y0; y < y1; y++)
        for (var x = x0; x < x1; x++)
            if (x < b.X || x >= b.Right || y < b.Y || y >= b.Bottom) ring.Add(map.High[y * map.Width + x]);
        if (ring.Count < 20) return detection;
        ring.Sort();
        var background = ring[ring.Count / 2];
        var step = detection.Class switch { ThreatClasses.Weapon => 0.6f, ThreatClasses.Compartment => 0.8f, _ => 0.4f };
        var xs = new List<int>();
        var ys = new List<int>();
        for (var y = y0; y < y1; y++)
        for (var x = x0; x < x1; x++)
        {
            var i = y * map.Width + x;
            if (map.High[i] < background + step) continue;
            var metal = map.Classes[i] is MaterialClass.Inorganic or MaterialClass.Impenetrable;
            if (detection.Class == ThreatClasses.Weapon && !metal) continue;
            if (detection.Class == ThreatClasses.Electronics && map.Classes[i] == MaterialClass.Organic) continue;
            xs.Add(x);
            ys.Add(y);
        }
        if (xs.Count < 12) return detection;
        xs.Sort();
        ys.Sort();
        int left = xs[xs.Count * 2 / 100], right = xs[xs.Count * 98 / 100], top = ys[ys.Count * 2 / 100], bottom = ys[ys.Count * 98 / 100];
        var tight = new Box(left, top, right - left + 1, bottom - top + 1);
        // Only accept a tighter box that stays around the detected windows.
        return tight.Area < 16 || tight.Intersection(b) < 0.5 * tight.Area ? detection : detection with { Box = tight };
    }
}
