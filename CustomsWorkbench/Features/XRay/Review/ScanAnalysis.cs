using System.Text.Json;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// Brings a scan to "analysed": renders a pending demo scan's images, runs the detector and the consistency check, and
/// stores findings (the AI output is audited with its model version).
/// </summary>
public sealed class ScanAnalysis(IDbContextFactory<WorkbenchDbContext> factory, ScanStore store, DetectorProvider detectors, IAuditLog audit)
{
    /// <summary>Per scan: the worker and an officer opening the same scan must not analyse it twice, but other scans need not wait.</summary>
    internal KeyedLock<int> Locks { get; } = new();

    public async Task EnsureAnalysedAsync(int scanId, CancellationToken ct = default)
    {
        using (await Locks.AcquireAsync(scanId, ct))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var scan = await db.Set<Scan>().Include(s => s.Findings).SingleOrDefaultAsync(s => s.Id == scanId, ct);
            if (scan is null || scan.Status == ScanStatus.Analysed) return;
            var (high, low) = await ImagesAsync(scan, ct);
            if (scan.Status == ScanStatus.Pending) scan.Status = ScanStatus.Ready;
            var detector = await detectors.GetAsync(ct);
            var parcel = scan.ConsignmentKind == ConsignmentKind.Parcel;
            var result = detector.Detect(high, low, parcel);
            var consistency = ConsistencyCheck.Check(MaterialMap.From(high, low), scan.GoodsCategory, parcel ? ScanSubject.Parcel : ScanSubject.Container);
            db.RemoveRange(scan.Findings);
            scan.Findings = result.Detections.Select(d => new ScanFinding
            {
                Class = d.Class, Confidence = Math.Round(d.Confidence, 3), X = (int)d.Box.X, Y = (int)d.Box.Y,
                Width = Math.Max(1, (int)Math.Round(d.Box.Width)), Height = Math.Max(1, (int)Math.Round(d.Box.Height)), ModelVersion = detector.Version,
            }).ToList();
            scan.MaxConfidence = result.Detections.Count == 0 ? 0 : Math.Round(result.Detections.Max(d => d.Confidence), 3);
            scan.HeatMapJson = JsonSerializer.Serialize(new { columns = result.Heat.Columns, rows = result.Heat.Rows, cell = result.Heat.CellSize,
                values = result.Heat.Values.Select(v => Math.Round(v, 2)) });
            scan.ConsistencyScore = consistency.Score;
            scan.ConsistencyReason = consistency.Text;
            scan.ConsistencyReasonCode = consistency.Reason.ToJson();
            scan.DetectorVersion = detector.Version;
            scan.AnalysedAtUtc = DateTime.UtcNow;
            scan.Status = ScanStatus.Analysed;
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(AuditRecord.AiRecommendation("xray-detector", "xray.analysed", "Scan", scan.Id.ToString(), detector.Version,
                new { findings = scan.Findings.Select(f => new { f.Id, f.Class, f.Confidence, f.X, f.Y, f.Width, f.Height }), consistency = new { consistency.Score, Reason = consistency.Text, consistency.Reason.Code } },
                new { scan.ConsignmentReference, ms = Math.Round(result.Milliseconds, 1) }), ct);
        }
    }

    /// <summary>The scan's images, rendering and storing them first if the scan is a pending generated one.</summary>
    public async Task<(ScanImage High, ScanImage? Low)> ImagesAsync(Scan scan, CancellationToken ct)
    {
        if (scan.HighEnergyFile is null || store.PathOf(scan.HighEnergyFile) is null)
        {
            var generated = ScanGenerator.Generate(DemoScanRecipes.For(scan));
            scan.HighEnergyFile = await store.SaveAsync(generated.High, ct);
            scan.LowEnergyFile = scan.DualEnergy ? await store.SaveAsync(generated.Low, ct) : null;
            scan.Width = generated.High.Width;
            scan.Height = generated.High.Height;
            return (generated.High, scan.DualEnergy ? generated.Low : null);
        }
        var high = await store.LoadAsync(scan.HighEnergyFile, ct) ?? throw new FileNotFoundException($"Scan image {scan.HighEnergyFile} is missing.");
        var low = scan.LowEnergyFile is null ? null : await store.LoadAsync(scan.LowEnergyFile, ct);
        return (high, low);
    }

    /// <summary>Makes sure a scan's image files exist (for serving them), without running the detector.</summary>
    public async Task EnsureImagesAsync(int scanId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null || (scan.HighEnergyFile is not null && store.PathOf(scan.HighEnergyFile) is not null)) return;
        await ImagesAsync(scan, ct);
        if (scan.Status == ScanStatus.Pending) scan.Status = ScanStatus.Ready;
        await db.SaveChangesAsync(ct);
    }
}
