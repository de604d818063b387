using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// Gives the demo world scans: the most recent inspected declarations and parcels get a pending generated scan each.
/// Only rows are written here (well under a second); images are rendered and analysed later, in the background or on
/// first open, so the first start stays fast.
/// </summary>
public sealed class XRayDemoSeeder(IOptions<WorkbenchOptions> workbench, IOptions<XRayOptions> xray) : IDatabaseSeeder
{
    public int Order => 500;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        if (!workbench.Value.SeedDemoData || await db.Set<Scan>().AnyAsync(ct) || !await db.Declarations.AnyAsync(ct)) return;
        progress.Report("Adding X-ray scans to the demo world");
        var seed = workbench.Value.DemoSeed;
        var declarations = await db.Declarations.AsNoTracking()
            .Where(d => d.Inspected)
            .OrderByDescending(d => d.Date).ThenBy(d => d.Id)
            .Take(xray.Value.DemoDeclarationScans)
            .Join(db.TariffCodes, d => d.MainTariffCode, t => t.Code, (d, t) => new { d.Id, d.Number, d.Date, t.GoodsCategory })
            .ToListAsync(ct);
        var parcels = await db.Set<ExpressParcel>().AsNoTracking()
            .OrderByDescending(p => p.ArrivedOn).ThenBy(p => p.Id)
            .Take(xray.Value.DemoParcelScans)
            .Select(p => new { p.Id, p.TrackingNumber, p.ArrivedOn, p.GoodsDescription })
            .ToListAsync(ct);
        var scans = declarations.Select(d => NewScan(ConsignmentKind.Declaration, d.Id, d.Number, d.Date, d.GoodsCategory, seed))
            .Concat(parcels.Select(p => NewScan(ConsignmentKind.Parcel, p.Id, p.TrackingNumber, p.ArrivedOn, PackingStyles.CategoryForParcel(p.GoodsDescription), seed)))
            .ToList();
        db.AddRange(scans);
        await db.SaveChangesAsync(ct);
    }

    private static Scan NewScan(ConsignmentKind kind, int id, string reference, DateOnly date, string category, int seed)
    {
        var scanSeed = StableSeed.Of(seed, (long)kind, id);
        var random = new Random(scanSeed);
        var parcel = kind == ConsignmentKind.Parcel;
        return new Scan
        {
            ConsignmentKind = kind,
            ConsignmentId = id,
            ConsignmentReference = reference,
            DualEnergy = true,
            BitDepth = 16,
            View = ScanView.Side,
            Scanner = parcel ? "Parcel line 2 (dual-energy)" : random.NextDouble() < 0.5 ? "Busan New Port MCS-1" : "Incheon CIS-3",
            ScannedAtUtc = date.ToDateTime(new TimeOnly(random.Next(6, 22), random.Next(60)), DateTimeKind.Utc),
            Width = parcel ? ScanRecipe.ParcelWidth : ScanRecipe.ContainerWidth,
            Height = parcel ? ScanRecipe.ParcelHeight : ScanRecipe.ContainerHeight,
            Status = ScanStatus.Pending,
            GeneratorSeed = scanSeed,
            GoodsCategory = category,
            UploadedBy = "demo",
        };
    }
}
