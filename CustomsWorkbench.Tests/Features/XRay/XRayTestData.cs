using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>Puts an analysed scan with known findings in a test app (the pane and annotations are tested, not the detector).</summary>
public static class XRayTestData
{
    public static Task<Scan> AnalysedScanAsync(WorkbenchFactory factory, params (string Class, double Confidence, int X, int Y, int W, int H)[] findings) =>
        AnalysedScanAsync(factory, ConsignmentKind.Declaration, findings);

    /// <summary>The same on a consignment of the given kind: the first stored declaration, or the last stored parcel.</summary>
    public static async Task<Scan> AnalysedScanAsync(WorkbenchFactory factory, ConsignmentKind kind, params (string Class, double Confidence, int X, int Y, int W, int H)[] findings)
    {
        var generated = ScanGenerator.Generate(new ScanRecipe(Random.Shared.Next(), ScanSubject.Container, "textiles", [ThreatClasses.Weapon, ThreatClasses.OrganicPackage]));
        var store = factory.Services.GetRequiredService<ScanStore>();
        await using var db = factory.CreateDbContext();
        var (consignmentId, reference) = kind == ConsignmentKind.Parcel
            ? await db.Parcels.OrderByDescending(p => p.Id).Select(p => new ValueTuple<int, string>(p.Id, p.TrackingNumber)).FirstAsync()
            : await db.Declarations.OrderBy(d => d.Id).Select(d => new ValueTuple<int, string>(d.Id, d.Number)).FirstAsync();
        var scan = new Scan
        {
            ConsignmentKind = kind, ConsignmentId = consignmentId, ConsignmentReference = reference,
            DualEnergy = true, BitDepth = 16, View = ScanView.Side, Scanner = "test", ScannedAtUtc = DateTime.UtcNow,
            Width = generated.High.Width, Height = generated.High.Height,
            HighEnergyFile = await store.SaveAsync(generated.High), LowEnergyFile = await store.SaveAsync(generated.Low),
            Status = ScanStatus.Analysed, GoodsCategory = "textiles", DetectorVersion = "test-model", AnalysedAtUtc = DateTime.UtcNow,
            ConsistencyScore = 0.4, ConsistencyReason = "declared textiles; 18% of the load area reads as dense metal (expected about 3%)",
            MaxConfidence = findings.Length == 0 ? 0 : findings.Max(f => f.Confidence),
            Findings = findings.Select(f => new ScanFinding { Class = f.Class, Confidence = f.Confidence, X = f.X, Y = f.Y, Width = f.W, Height = f.H, ModelVersion = "test-model" }).ToList(),
        };
        db.Add(scan);
        await db.SaveChangesAsync();
        return scan;
    }
}
