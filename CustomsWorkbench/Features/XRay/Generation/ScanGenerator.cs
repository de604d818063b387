using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Generation;

/// <summary>
/// Physics-based scan generator: builds a cargo scene from materials (container or parcel, packed as the declared goods
/// would be, with optional concealments), then renders both energies with Beer–Lambert attenuation and photon noise.
/// Deterministic: the same recipe always gives the same pixels and ground truth.
/// </summary>
public static class ScanGenerator
{
    /// <summary>Photons per pixel of the unattenuated beam; decides the noise level.</summary>
    public const double BeamPhotons = 60_000;

    public static GeneratedScan Generate(ScanRecipe recipe)
    {
        var random = new Random(recipe.Seed);
        var scene = new CargoScene(recipe.ImageWidth, recipe.ImageHeight);
        var layout = recipe.Subject == ScanSubject.Container ? ContainerLayout.Build(scene, random) : ParcelLayout.Build(scene, random);
        var style = PackingStyles.ForCategory(recipe.GoodsCategory);
        GoodsPacker.Pack(scene, layout, style, random);
        var truth = new List<TruthBox>();
        foreach (var threat in recipe.Concealments)
        {
            var box = ConcealmentPlanter.Plant(scene, layout, threat, truth.Select(t => t.Box).ToList(), random);
            if (box is { } b) truth.Add(new TruthBox(threat, b));
        }
        var (high, low) = Render(scene, random);
        return new GeneratedScan(recipe, high, recipe.DualEnergy ? low : high, truth);
    }

    /// <summary>Renders transmission with Poisson-like photon noise, as 16-bit images.</summary>
    public static (ScanImage High, ScanImage Low) Render(CargoScene scene, Random random)
    {
        var high = new ScanImage(scene.Width, scene.Height, 16);
        var low = new ScanImage(scene.Width, scene.Height, 16);
        for (var i = 0; i < high.Pixels.Length; i++)
        {
            var (aLow, aHigh) = scene.Attenuation(i);
            high.Pixels[i] = Detect(Math.Exp(-aHigh), random);
            // The low-energy beam of a dual-energy source is weaker: fewer photons, more noise.
            low.Pixels[i] = Detect(Math.Exp(-aLow), random, 0.6);
        }
        return (high, low);
    }

    private static ushort Detect(double transmission, Random random, double photonShare = 1)
    {
        var photons = BeamPhotons * photonShare;
        var expected = photons * transmission;
        var counted = expected + Gaussian(random) * Math.Sqrt(expected + 4);
        var value = counted / photons * 65535;
        return (ushort)Math.Clamp(Math.Round(value), 1, 65535);
    }

    internal static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>A uniform number in [min, max).</summary>
    internal static double Between(this Random random, double min, double max) => min + random.NextDouble() * (max - min);
}

/// <summary>Where goods can go in a scan: the load area, the beam depth and the pixel scale.</summary>
public sealed record SceneLayout(Box Load, double DepthCm, double PixelsPerCm, ScanSubject Subject);

internal static class ContainerLayout
{
    /// <summary>A 40-foot container seen from the side: steel walls, corrugation, frame, floor; cargo 235 cm deep.</summary>
    public static SceneLayout Build(CargoScene scene, Random random)
    {
        double w = scene.Width, h = scene.Height, ppc = w / 1200.0;
        var shell = new Box(0.03 * w, 0.08 * h, 0.94 * w, 0.84 * h);
        scene.AddBox(Materials.Iron, shell.X, shell.Y, shell.Width, shell.Height, 0.4);
        for (var x = shell.X; x < shell.Right; x += 14 * ppc * 1.2) scene.AddBox(Materials.Iron, x, shell.Y, 3, shell.Height, 0.3);
        scene.AddBox(Materials.Iron, shell.X, shell.Y, shell.Width, 6 * ppc * 1.2, 4);
        scene.AddBox(Materials.Iron, shell.X, shell.Bottom - 12 * ppc * 1.2, shell.Width, 12 * ppc * 1.2, 5);
        scene.AddBox(Materials.Cellulose, shell.X, shell.Bottom - 16 * ppc * 1.2, shell.Width, 4 * ppc * 1.2, 28 * 0.7, 0.7);
        scene.AddBox(Materials.Iron, shell.X, shell.Y, 10 * ppc, shell.Height, 12);
        scene.AddBox(Materials.Iron, shell.Right - 10 * ppc, shell.Y, 10 * ppc, shell.Height, 12);
        // The door bars at the rear.
        for (var i = 0; i < 4; i++) scene.AddBox(Materials.Iron, shell.Right - 18 * ppc - i * 3, shell.Y + 10, 2, shell.Height - 20, 6);
        var top = shell.Y + 8 * ppc * 1.2;
        var floor = shell.Bottom - 16 * ppc * 1.2;
        var loadLength = (shell.Width - 40 * ppc) * random.Between(0.6, 0.95);
        var load = new Box(shell.X + 14 * ppc, top + random.Between(0, 0.2) * (floor - top), loadLength, 0);
        load = load with { Height = floor - load.Y };
        return new SceneLayout(load, 235, ppc, ScanSubject.Container);
    }
}

internal static class ParcelLayout
{
    /// <summary>A carton on the conveyor of a parcel scanner: cardboard walls, contents up to the carton's depth.</summary>
    public static SceneLayout Build(CargoScene scene, Random random)
    {
        double w = scene.Width, h = scene.Height, ppc = w / 100.0;
        var boxW = random.Between(0.55, 0.85) * w;
        var boxH = random.Between(0.5, 0.8) * h;
        var carton = new Box(random.Between(0.05, 0.95 * w - boxW), random.Between(0.05 * h, 0.95 * h - boxH), boxW, boxH);
        var depth = random.Between(20, 45);
        scene.AddBox(Materials.Cellulose, carton.X, carton.Y, carton.Width, carton.Height, 0.8, 0.7);
        var wall = 0.6 * ppc;
        scene.AddBox(Materials.Cellulose, carton.X, carton.Y, wall, carton.Height, depth, 0.7 * 0.6 / 3);
        scene.AddBox(Materials.Cellulose, carton.Right - wall, carton.Y, wall, carton.Height, depth, 0.7 * 0.6 / 3);
        scene.AddBox(Materials.Cellulose, carton.X, carton.Y, carton.Width, wall, depth, 0.7 * 0.6 / 3);
        scene.AddBox(Materials.Cellulose, carton.X, carton.Bottom - wall, carton.Width, wall, depth, 0.7 * 0.6 / 3);
        // The conveyor belt under everything.
        scene.AddBox(Materials.Plastic, 0, 0, w, h, 0.5);
        var inner = new Box(carton.X + 2 * wall, carton.Y + 2 * wall, carton.Width - 4 * wall, carton.Height - 4 * wall);
        return new SceneLayout(inner, depth, ppc, ScanSubject.Parcel);
    }
}
