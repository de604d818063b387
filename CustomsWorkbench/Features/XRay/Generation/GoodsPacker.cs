namespace CustomsWorkbench.Features.XRay.Generation;

/// <summary>Fills the load area with goods packed the way their family usually travels.</summary>
internal static class GoodsPacker
{
    public static void Pack(CargoScene scene, SceneLayout layout, PackingStyle style, Random random)
    {
        var ppc = layout.PixelsPerCm;
        var unitWidth = (layout.Subject == ScanSubject.Container ? random.Between(100, 130) : random.Between(15, 30)) * ppc;
        var tiers = layout.Subject == ScanSubject.Container ? random.Next(1, 3) : 1;
        for (var x = layout.Load.X; x + unitWidth * 0.5 < layout.Load.Right; x += unitWidth + random.Between(0, 4) * ppc)
        {
            var width = Math.Min(unitWidth, layout.Load.Right - x);
            var columnHeight = layout.Load.Height * random.Between(0.8, 1.0);
            var tierHeight = columnHeight / tiers;
            for (var t = 0; t < tiers; t++)
            {
                var cell = new Box(x, layout.Load.Bottom - (t + 1) * tierHeight, width - 1, tierHeight - 1);
                var depth = layout.DepthCm * random.Between(0.7, 0.95);
                var unitStyle = style == PackingStyle.General ? (PackingStyle)random.Next(0, 8) : style;
                // A parcel holds retail items, not shipping cartons: pack it at about a third of the carton scale.
                FillUnit(scene, cell, depth, layout.Subject == ScanSubject.Parcel ? ppc * 0.3 : ppc, unitStyle, random);
            }
        }
    }

    public static void FillUnit(CargoScene scene, Box cell, double depth, double ppc, PackingStyle style, Random random)
    {
        switch (style)
        {
            case PackingStyle.Soft:
                Cartons(scene, cell, depth, ppc, random, 40, 30, (c, d) =>
                {
                    scene.AddBox(Materials.Cellulose, c.X, c.Y, c.Width, c.Height, d, random.Between(0.06, 0.10));
                    for (var i = 0; i < 3; i++)
                        scene.AddDisc(Materials.Cellulose, random.Between(c.X, c.Right), random.Between(c.Y, c.Bottom), c.Width * random.Between(0.15, 0.35), d * 0.15, 0.15);
                });
                break;
            case PackingStyle.Food:
                var canned = random.NextDouble() < 0.5;
                Cartons(scene, cell, depth, ppc, random, 40, 25, (c, d) =>
                {
                    scene.AddBox(Materials.Organic, c.X, c.Y, c.Width, c.Height, d, random.Between(0.08, 0.13));
                    if (!canned) return;
                    var r = 4 * ppc;
                    for (var cx = c.X + r; cx < c.Right - r; cx += 2.2 * r)
                    for (var cy = c.Y + r; cy < c.Bottom - r; cy += 2.2 * r)
                        scene.AddDisc(Materials.Iron, cx, cy, r, d / 8 * 0.02);
                });
                break;
            case PackingStyle.Liquid:
                Cartons(scene, cell, depth, ppc, random, 35, 30, (c, d) =>
                {
                    var bw = 7 * ppc;
                    for (var bx = c.X + 1; bx + bw < c.Right; bx += bw + 1)
                    {
                        scene.AddBox(Materials.Organic, bx, c.Y + 0.25 * c.Height, bw, 0.7 * c.Height, d, 0.1);
                        scene.AddBox(Materials.Glass, bx, c.Y + 0.1 * c.Height, bw, 0.85 * c.Height, d / 30 * 0.3);
                    }
                });
                break;
            case PackingStyle.Heavy:
                scene.AddBox(Materials.Cellulose, cell.X, cell.Y, cell.Width, 2 * ppc, depth, 0.05);
                scene.AddBox(Materials.Cellulose, cell.X, cell.Y, 2 * ppc, cell.Height, depth, 0.05);
                var parts = random.Next(3, 8);
                for (var i = 0; i < parts; i++)
                {
                    var pw = cell.Width * random.Between(0.15, 0.5);
                    var ph = cell.Height * random.Between(0.1, 0.4);
                    var px = random.Between(cell.X, cell.Right - pw);
                    var py = random.Between(cell.Y, cell.Bottom - ph);
                    if (random.NextDouble() < 0.5) scene.AddBox(Materials.Iron, px, py, pw, ph, random.Between(1.5, 8));
                    else scene.AddDisc(Materials.Iron, px + pw / 2, py + ph / 2, Math.Min(pw, ph) / 2, random.Between(4, 14));
                }
                break;
            case PackingStyle.Devices:
                Cartons(scene, cell, depth, ppc, random, 35, 25, (c, d) =>
                {
                    var layers = d / 70;
                    scene.AddBox(Materials.Cellulose, c.X, c.Y, c.Width, c.Height, d, 0.03);
                    scene.AddBox(Materials.Plastic, c.X + 0.15 * c.Width, c.Y + 0.15 * c.Height, 0.7 * c.Width, 0.7 * c.Height, layers * 4);
                    scene.AddBox(Materials.Aluminium, c.X + 0.2 * c.Width, c.Y + 0.2 * c.Height, 0.6 * c.Width, 0.6 * c.Height, layers * 0.3);
                    scene.AddBox(Materials.Copper, c.X + 0.3 * c.Width, c.Y + 0.35 * c.Height, 0.3 * c.Width, 0.25 * c.Height, layers * 0.15);
                });
                break;
            case PackingStyle.Tobacco:
                Cartons(scene, cell, depth, ppc, random, 60, 30, (c, d) => TobaccoCase(scene, c, d, ppc, random));
                break;
            case PackingStyle.Furniture:
                var panels = random.Next(2, 5);
                for (var i = 0; i < panels; i++)
                    scene.AddBox(Materials.Cellulose, cell.X + random.Between(0, 0.2) * cell.Width, cell.Y + random.Between(0, 0.3) * cell.Height,
                        cell.Width * random.Between(0.6, 0.8), cell.Height * random.Between(0.5, 0.7), depth / 40 * 1.5, 0.6);
                for (var i = 0; i < 3; i++)
                    scene.AddBar(Materials.Iron, random.Between(cell.X, cell.Right), cell.Y + 5, random.Between(cell.X, cell.Right), cell.Bottom - 5, 0.8 * ppc, 0.6);
                break;
            case PackingStyle.Plastic:
                Cartons(scene, cell, depth, ppc, random, 50, 40, (c, d) =>
                {
                    scene.AddBox(Materials.Plastic, c.X, c.Y, c.Width, c.Height, d, random.Between(0.06, 0.1));
                    scene.AddDisc(Materials.Plastic, c.X + c.Width / 2, c.Y + c.Height / 2, Math.Min(c.Width, c.Height) * 0.4, d * 0.05, 0.9);
                });
                break;
            default:
                FillUnit(scene, cell, depth, ppc, PackingStyle.Soft, random);
                break;
        }
    }

    /// <summary>A master case of cigarette cartons: ten cartons side by side show as regular stripes.</summary>
    public static void TobaccoCase(CargoScene scene, Box c, double depth, double ppc, Random random)
    {
        scene.AddBox(Materials.Organic, c.X, c.Y, c.Width, c.Height, depth, 0.11);
        var stripe = Math.Max(2, c.Width / 10);
        for (var sx = c.X; sx < c.Right - 1; sx += stripe) scene.AddBox(Materials.Cellulose, sx, c.Y, Math.Max(1, 0.4 * ppc), c.Height, depth, 0.08);
        scene.AddBox(Materials.Aluminium, c.X, c.Y, c.Width, c.Height, depth / 60 * 0.05);
    }

    /// <summary>Splits a cell into cartons of roughly the given size (cm) with a little jitter, each filled by <paramref name="fill"/>.</summary>
    private static void Cartons(CargoScene scene, Box cell, double depth, double ppc, Random random, double widthCm, double heightCm, Action<Box, double> fill)
    {
        var cw = Math.Max(4, widthCm * ppc * random.Between(0.85, 1.15));
        var ch = Math.Max(4, heightCm * ppc * random.Between(0.85, 1.15));
        for (var y = cell.Bottom - ch; y >= cell.Y - 1; y -= ch)
        for (var x = cell.X; x + cw <= cell.Right + 1; x += cw)
        {
            var carton = new Box(x + 0.5, y + 0.5, cw - 1, ch - 1);
            scene.AddBox(Materials.Cellulose, carton.X, carton.Y, carton.Width, carton.Height, depth / 40 * 0.8, 0.7);
            fill(carton, depth * random.Between(0.9, 1.0));
        }
    }
}
