using CustomsWorkbench.Features.XRay.Model;

using CustomsWorkbench.Features.XRay.Detection;

namespace CustomsWorkbench.Features.XRay.Generation;

/// <summary>
/// The recipe of a demo scan follows from its row (seed, consignment kind, goods family), so demo images can be rendered
/// whenever first needed instead of slowing the first start. About a third carry one or two concealments.
/// </summary>
public static class DemoScanRecipes
{
    public static ScanRecipe For(Scan scan)
    {
        var seed = scan.GeneratorSeed ?? throw new InvalidOperationException($"Scan {scan.Id} was not generated.");
        var subject = scan.ConsignmentKind == ConsignmentKind.Parcel ? ScanSubject.Parcel : ScanSubject.Container;
        var random = new Random(seed ^ 0x5EED);
        var category = scan.GoodsCategory ?? "jewelry";
        var threats = random.NextDouble() < 0.35 ? TrainingScenes.Threats(random, subject, category, random.Next(1, 3)) : [];
        return new ScanRecipe(seed, subject, category, threats, DualEnergy: scan.DualEnergy);
    }
}
