using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Generation;

/// <summary>Hides a threat in the scene and returns its ground-truth box (null if there was no room).</summary>
internal static class ConcealmentPlanter
{
    public static Box? Plant(CargoScene scene, SceneLayout layout, string threat, IReadOnlyList<Box> taken, Random random)
    {
        var ppc = layout.PixelsPerCm;
        // Size in cm, then in pixels, for the kind of object planted.
        var (wCm, hCm) = threat switch
        {
            ThreatClasses.OrganicPackage => (random.Between(60, 110), random.Between(35, 60)),
            ThreatClasses.Weapon => (random.Between(25, 40), random.Between(8, 14)),
            ThreatClasses.Cigarettes => (random.Between(70, 120), random.Between(45, 70)),
            ThreatClasses.Electronics => (random.Between(50, 80), random.Between(30, 50)),
            ThreatClasses.Compartment => (random.Between(35, 60), layout.Load.Height / ppc * 0.9),
            _ => throw new ArgumentOutOfRangeException(nameof(threat), threat, "Unknown threat class."),
        };
        if (layout.Subject == ScanSubject.Parcel && threat != ThreatClasses.Weapon)
        {
            // Parcels are magnified about six times; keep the planted goods within the carton.
            wCm *= 0.3;
            hCm *= 0.3;
        }
        double w = Math.Min(wCm * ppc, layout.Load.Width * 0.6), h = Math.Min(hCm * ppc, layout.Load.Height * 0.9);
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var box = new Box(random.Between(layout.Load.X, layout.Load.Right - w), threat == ThreatClasses.Compartment
                ? layout.Load.Bottom - h : random.Between(layout.Load.Y, layout.Load.Bottom - h), w, h);
            if (taken.Any(t => t.Intersection(box) > 0)) continue;
            Draw(scene, layout, threat, box, random);
            return box;
        }
        return null;
    }

    private static void Draw(CargoScene scene, SceneLayout layout, string threat, Box box, Random random)
    {
        var ppc = layout.PixelsPerCm;
        var depth = layout.Subject == ScanSubject.Container ? random.Between(15, 30) : layout.DepthCm * random.Between(0.3, 0.6);
        switch (threat)
        {
            case ThreatClasses.OrganicPackage:
                // Tightly taped bricks (about 1.2 g/cm³), several deep along the beam.
                var bricksX = random.Next(2, 4);
                var bricksY = random.Next(2, 4);
                double bw = box.Width / bricksX, bh = box.Height / bricksY;
                for (var i = 0; i < bricksX; i++)
                for (var j = 0; j < bricksY; j++)
                    scene.AddBox(Materials.Organic, box.X + i * bw + 0.5, box.Y + j * bh + 0.5, bw - 1, bh - 1, depth, random.Between(1.1, 1.3));
                scene.AddBox(Materials.Plastic, box.X, box.Y, box.Width, box.Height, 0.3);
                break;
            case ThreatClasses.Weapon:
                if (random.NextDouble() < 0.5)
                {
                    // A knife: blade and handle with a bolster.
                    var y = box.Y + box.Height / 2;
                    scene.AddBar(Materials.Iron, box.X, y, box.X + 0.62 * box.Width, y, Math.Max(1.2, 0.12 * box.Height), 2.5);
                    scene.AddBar(Materials.Plastic, box.X + 0.62 * box.Width, y, box.Right, y, Math.Max(1.5, 0.2 * box.Height), 4);
                    scene.AddBar(Materials.Iron, box.X + 0.6 * box.Width, box.Y + 0.1 * box.Height, box.X + 0.6 * box.Width, box.Bottom - 0.1 * box.Height, Math.Max(1, 0.04 * box.Width), 2);
                }
                else
                {
                    // A pistol: slide/barrel along the top, grip angled down.
                    scene.AddBox(Materials.Iron, box.X, box.Y, box.Width, 0.35 * box.Height, 3);
                    scene.AddBar(Materials.Iron, box.Right - 0.3 * box.Width, box.Y + 0.3 * box.Height, box.Right - 0.2 * box.Width, box.Bottom, Math.Max(1.5, 0.13 * box.Width), 2.5);
                }
                break;
            case ThreatClasses.Cigarettes:
                var cases = random.Next(2, 4);
                var cw = box.Width / cases;
                for (var i = 0; i < cases; i++)
                    GoodsPacker.TobaccoCase(scene, new Box(box.X + i * cw, box.Y, cw - 1, box.Height), depth * 1.4, ppc, random);
                break;
            case ThreatClasses.Electronics:
                var devices = random.Next(3, 7);
                var dw = box.Width / devices;
                var stack = depth / 10;
                for (var i = 0; i < devices; i++)
                {
                    var d = new Box(box.X + i * dw + 1, box.Y, dw - 2, box.Height);
                    scene.AddBox(Materials.Plastic, d.X, d.Y, d.Width, d.Height, stack * 1.0);
                    scene.AddBox(Materials.Aluminium, d.X + 1, d.Y + 1, d.Width - 2, d.Height - 2, stack * 0.25);
                    scene.AddBox(Materials.Copper, d.X + 0.2 * d.Width, d.Y + 0.2 * d.Height, 0.6 * d.Width, 0.5 * d.Height, stack * 0.12);
                    scene.AddBox(Materials.Iron, d.X + 0.25 * d.Width, d.Bottom - 0.25 * d.Height, 0.5 * d.Width, 0.15 * d.Height, stack * 0.1);
                }
                break;
            case ThreatClasses.Compartment:
                // A false wall: two steel sheets edge-on to the beam (dark lines) with dense goods packed between them.
                var sheet = Math.Max(2, 1.5 * ppc);
                scene.AddBox(Materials.Iron, box.X, box.Y, sheet, box.Height, 10);
                scene.AddBox(Materials.Iron, box.Right - sheet, box.Y, sheet, box.Height, 10);
                scene.AddBox(Materials.Iron, box.X, box.Y, box.Width, sheet, 6);
                scene.AddBox(Materials.Organic, box.X + sheet, box.Y + sheet, box.Width - 2 * sheet, box.Height - sheet, layout.DepthCm * 0.8, 0.12);
                break;
        }
    }
}
