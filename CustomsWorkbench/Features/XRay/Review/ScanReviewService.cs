using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Tip;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>The officer's side of X-ray: the queue, one scan with its findings and goods, and annotations (audited).</summary>
public sealed class ScanReviewService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, TipService tip, ReviewTimings timings)
{
    /// <summary>Scans to review, most suspicious first; reviewed ones last.</summary>
    public async Task<IReadOnlyList<ScanQueueRow>> QueueAsync(bool includeReviewed = false, int take = 200, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<Scan>().AsNoTracking()
            .Where(s => includeReviewed || s.ReviewedAtUtc == null)
            .OrderByDescending(s => s.Status == ScanStatus.Analysed).ThenByDescending(s => s.MaxConfidence).ThenByDescending(s => s.ConsistencyScore).ThenBy(s => s.Id)
            .Take(take)
            .Select(s => new ScanQueueRow(s.Id, s.ConsignmentReference, s.ConsignmentKind, s.ScannedAtUtc, s.Status, s.MaxConfidence,
                s.Findings.Count, s.Annotations.Count, s.ConsistencyScore, s.ReviewedAtUtc != null))
            .ToListAsync(ct);
    }

    /// <summary>Scans of one declaration or parcel (for a link from its page to /xray/scans/{id}).</summary>
    public async Task<IReadOnlyList<ScanQueueRow>> ForConsignmentAsync(ConsignmentKind kind, int consignmentId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<Scan>().AsNoTracking()
            .Where(s => s.ConsignmentKind == kind && s.ConsignmentId == consignmentId)
            .OrderByDescending(s => s.ScannedAtUtc)
            .Select(s => new ScanQueueRow(s.Id, s.ConsignmentReference, s.ConsignmentKind, s.ScannedAtUtc, s.Status, s.MaxConfidence,
                s.Findings.Count, s.Annotations.Count, s.ConsistencyScore, s.ReviewedAtUtc != null))
            .ToListAsync(ct);
    }

    public async Task<ScanDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().AsNoTracking().Include(s => s.Findings).Include(s => s.Annotations).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (scan is null) return null;
        var goods = scan.ConsignmentKind == ConsignmentKind.Declaration
            ? await db.Set<DeclarationItem>().AsNoTracking().Where(i => i.DeclarationId == scan.ConsignmentId).OrderBy(i => i.LineNumber)
                .Select(i => new DeclaredGoods(i.TariffCode, i.GoodsDescription, i.Quantity, i.QuantityUnit, i.GrossWeightKg)).ToListAsync(ct)
            : await db.Set<ExpressParcel>().AsNoTracking().Where(p => p.Id == scan.ConsignmentId)
                .Select(p => new DeclaredGoods("", p.GoodsDescription, p.Quantity, "EA", 0)).ToListAsync(ct);
        // The latest word on each finding counts.
        var verdicts = scan.Annotations.Where(a => a.FindingId is not null).GroupBy(a => a.FindingId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Id).First().Kind == AnnotationKind.Confirm ? "confirmed" : "dismissed");
        return new ScanDetails(scan.Id, scan.ConsignmentReference, scan.ConsignmentKind, scan.ConsignmentId, scan.DualEnergy, scan.BitDepth, scan.View,
            scan.Scanner, scan.ScannedAtUtc, scan.Width, scan.Height, scan.Status, scan.GoodsCategory, scan.DetectorVersion,
            scan.ConsistencyScore, scan.ConsistencyReason, scan.HeatMapJson, scan.ReviewedAtUtc, scan.ReviewedBy,
            scan.Findings.OrderByDescending(f => f.Confidence).Select(f => new FindingView(f.Id, f.Class, f.Confidence, f.X, f.Y, f.Width, f.Height, f.ModelVersion, verdicts.GetValueOrDefault(f.Id))).ToList(),
            scan.Annotations.OrderBy(a => a.Id).Select(View).ToList(), goods, Detection.ConsistencyReason.FromJson(scan.ConsistencyReasonCode));
    }

    /// <summary>The stored image file names of a scan.</summary>
    public async Task<(string? High, string? Low)?> GetFilesAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var files = await db.Set<Scan>().AsNoTracking().Where(s => s.Id == id).Select(s => new { s.HighEnergyFile, s.LowEnergyFile }).SingleOrDefaultAsync(ct);
        return files is null ? null : (files.HighEnergyFile, files.LowEnergyFile);
    }

    public async Task<AnnotationOutcome> AnnotateAsync(int scanId, AnnotationRequest request, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().Include(s => s.Findings).SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return new AnnotationOutcome(null, $"Scan {scanId} does not exist.");
        ScanAnnotation annotation;
        ScanFinding? finding = null;
        if (request.Kind is AnnotationKind.Confirm or AnnotationKind.Dismiss)
        {
            finding = scan.Findings.SingleOrDefault(f => f.Id == request.FindingId);
            if (finding is null) return new AnnotationOutcome(null, $"Finding {request.FindingId} is not on scan {scanId}.");
            annotation = new ScanAnnotation { Kind = request.Kind, FindingId = finding.Id, Class = finding.Class, X = finding.X, Y = finding.Y,
                Width = finding.Width, Height = finding.Height, Officer = officer, CreatedAtUtc = DateTime.UtcNow };
        }
        else
        {
            if (request.Class is null || !ThreatClasses.IsKnown(request.Class))
                return new AnnotationOutcome(null, $"Class must be one of: {string.Join(", ", ThreatClasses.All)}.");
            if (request.Width < 4 || request.Height < 4 || request.X < 0 || request.Y < 0 || request.X + request.Width > scan.Width || request.Y + request.Height > scan.Height)
                return new AnnotationOutcome(null, $"The box must be at least 4×4 pixels and inside the {scan.Width}×{scan.Height} image.");
            annotation = new ScanAnnotation { Kind = AnnotationKind.Drawn, Class = request.Class, X = request.X, Y = request.Y,
                Width = request.Width, Height = request.Height, Officer = officer, CreatedAtUtc = DateTime.UtcNow };
        }
        scan.Annotations.Add(annotation);
        await db.SaveChangesAsync(ct);
        var action = annotation.Kind switch { AnnotationKind.Confirm => "xray.finding-confirmed", AnnotationKind.Dismiss => "xray.finding-dismissed", _ => "xray.box-drawn" };
        await audit.RecordAsync(AuditRecord.Decision(officer, action, "Scan", scan.Id.ToString(),
            new { annotationId = annotation.Id, annotation.Class, annotation.X, annotation.Y, annotation.Width, annotation.Height, scan.ConsignmentReference },
            finding?.ModelVersion, finding is null ? null : new { finding.Id, finding.Class, finding.Confidence }), ct);
        return new AnnotationOutcome(View(annotation), null);
    }

    /// <summary>Removes an officer's drawn box (their own only), audited.</summary>
    public async Task<bool> RemoveDrawnAsync(int scanId, int annotationId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var annotation = await db.Set<ScanAnnotation>().SingleOrDefaultAsync(a => a.Id == annotationId && a.ScanId == scanId && a.Kind == AnnotationKind.Drawn && a.Officer == officer, ct);
        if (annotation is null) return false;
        db.Remove(annotation);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(officer, "xray.box-removed", "Scan", scanId.ToString(), new { annotationId, annotation.Class }), ct);
        return true;
    }

    /// <summary>Completes the review; null if the scan does not exist.</summary>
    public async Task<ReviewCompletion?> MarkReviewedAsync(int scanId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return null;
        scan.ReviewedAtUtc = DateTime.UtcNow;
        scan.ReviewedBy = officer;
        await db.SaveChangesAsync(ct);
        var seconds = await timings.CompletedAsync(scanId, officer, ct);
        await audit.RecordAsync(AuditRecord.Decision(officer, "xray.scan-reviewed", "Scan", scanId.ToString(), new { scan.ConsignmentReference, seconds }, scan.DetectorVersion), ct);
        return new ReviewCompletion(scanId, scan.ReviewedAtUtc.Value, await tip.CompleteAsync(scanId, officer, ct), seconds);
    }

    private static AnnotationView View(ScanAnnotation a) => new(a.Id, a.Kind, a.FindingId, a.Class, a.X, a.Y, a.Width, a.Height, a.Officer, a.CreatedAtUtc);
}
