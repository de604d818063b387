using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Tip;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>The officer's side of X-ray: the queue, one scan with its findings and goods, and annotations (audited).</summary>
public sealed class ScanReviewService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, TipService tip, ReviewTimings timings,
    FindingVerdicts verdicts, ScanEscalations escalations, IOptions<XRayOptions> options, TimeProvider clock)
{
    private double AlarmConfidence => options.Value.AlarmConfidence;

    /// <summary>Scans to review, most suspicious first; reviewed ones last.</summary>
    public async Task<IReadOnlyList<ScanQueueRow>> QueueAsync(bool includeReviewed = false, int take = 200, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<Scan>().AsNoTracking()
            .Where(s => includeReviewed || s.ReviewedAtUtc == null)
            .OrderByDescending(s => s.Status == ScanStatus.Analysed).ThenByDescending(s => s.MaxConfidence).ThenByDescending(s => s.ConsistencyScore).ThenBy(s => s.Id)
            .Take(take)
            .Select(RowOf)
            .ToListAsync(ct);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Scan, ScanQueueRow>> RowOf = s => new ScanQueueRow(s.Id, s.ConsignmentReference,
        s.ConsignmentKind, s.ScannedAtUtc, s.Status, s.MaxConfidence, s.Findings.Count, s.Annotations.Count, s.ConsistencyScore, s.ReviewedAtUtc != null,
        s.Findings.OrderByDescending(f => f.Confidence).Select(f => f.Class).FirstOrDefault(), s.ClaimedBy);

    /// <summary>
    /// The scan to open after completing one: the first unreviewed, analysed scan of the queue's order that nobody else holds; null when none.
    /// </summary>
    public async Task<int?> NextOpenAsync(int afterScanId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<Scan>().AsNoTracking()
            .Where(s => s.ReviewedAtUtc == null && s.Id != afterScanId && s.Status == ScanStatus.Analysed && (s.ClaimedBy == null || s.ClaimedBy == officer))
            .OrderByDescending(s => s.MaxConfidence).ThenByDescending(s => s.ConsistencyScore).ThenBy(s => s.Id)
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The officer opening a scan for review holds it, unless a colleague already does or it is complete. Returns who holds it.
    /// Two officers opening at once: the concurrency token lets one win and the other reads the winner.
    /// </summary>
    public async Task<string?> ClaimAsync(int scanId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null || scan.ClaimedBy is not null || scan.ReviewedAtUtc is not null) return scan?.ClaimedBy;
        scan.ClaimedBy = officer;
        scan.ClaimedAtUtc = clock.GetUtcNow().UtcDateTime;
        scan.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var again = await factory.CreateDbContextAsync(ct);
            return await again.Set<Scan>().Where(s => s.Id == scanId).Select(s => s.ClaimedBy).SingleAsync(ct);
        }
        await audit.RecordAsync(AuditRecord.Decision(officer, "xray.scan-claimed", "Scan", scanId.ToString(), new { scan.ConsignmentReference }), ct);
        return officer;
    }

    /// <summary>
    /// A supervisor takes over a scan a colleague holds (for an officer who left, or to decide an escalation themselves):
    /// audited with whom it was taken from. Refused once the review is complete; taking over one's own scan changes nothing.
    /// The caller checks the role (the endpoint's Supervision policy, the page's supervisor button).
    /// </summary>
    public async Task<ScanClaimOutcome> TakeOverAsync(int scanId, string supervisor, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return new ScanClaimOutcome(null, $"Scan {scanId} does not exist.");
        if (scan.ReviewedAtUtc is not null)
            return new ScanClaimOutcome(null, $"The review of this scan was completed by {scan.ReviewedBy}.", Conflict: true, HeldBy: scan.ReviewedBy);
        if (scan.ClaimedBy == supervisor) return new ScanClaimOutcome(supervisor, null);
        var from = scan.ClaimedBy;
        scan.ClaimedBy = supervisor;
        scan.ClaimedAtUtc = clock.GetUtcNow().UtcDateTime;
        scan.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ScanClaimOutcome(null, "The scan changed at the same moment; reload and try again.", Conflict: true);
        }
        await audit.RecordAsync(AuditRecord.Decision(supervisor, "xray.scan-taken-over", "Scan", scanId.ToString(), new { from, scan.ConsignmentReference }), ct);
        return new ScanClaimOutcome(supervisor, null);
    }

    /// <summary>Who holds the scan when it is not <paramref name="officer"/>: only the holder records verdicts, boxes and the completion.</summary>
    internal static string? HeldByOther(Scan scan, string officer) => scan.ClaimedBy is { } holder && holder != officer ? holder : null;

    internal static string HeldMessage(string holder) =>
        $"{holder} holds this scan; only the holder may record verdicts or complete it (a supervisor may take it over).";

    /// <summary>Scans of one declaration or parcel (for a link from its page to /xray/scans/{id}).</summary>
    public async Task<IReadOnlyList<ScanQueueRow>> ForConsignmentAsync(ConsignmentKind kind, int consignmentId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<Scan>().AsNoTracking()
            .Where(s => s.ConsignmentKind == kind && s.ConsignmentId == consignmentId)
            .OrderByDescending(s => s.ScannedAtUtc)
            .Select(RowOf)
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
        var escalation = await escalations.ForScanAsync(id, ct);
        return new ScanDetails(scan.Id, scan.ConsignmentReference, scan.ConsignmentKind, scan.ConsignmentId, scan.DualEnergy, scan.BitDepth, scan.View,
            scan.Scanner, scan.ScannedAtUtc, scan.Width, scan.Height, scan.Status, scan.GoodsCategory, scan.DetectorVersion,
            scan.ConsistencyScore, scan.ConsistencyReason, scan.HeatMapJson, scan.ReviewedAtUtc, scan.ReviewedBy,
            scan.Findings.OrderByDescending(f => f.Confidence).Select(f => new FindingView(f.Id, f.Class, f.Confidence, f.X, f.Y, f.Width, f.Height, f.ModelVersion,
                VerdictName(f.Verdict), f.VerdictBy, f.DismissReason, f.Version)).ToList(),
            scan.Annotations.OrderBy(a => a.Id).Select(View).ToList(), goods, Detection.ConsistencyReason.FromJson(scan.ConsistencyReasonCode),
            scan.ClaimedBy, escalation, AlarmConfidence);
    }

    /// <summary>The stored image file names of a scan.</summary>
    public async Task<(string? High, string? Low)?> GetFilesAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var files = await db.Set<Scan>().AsNoTracking().Where(s => s.Id == id).Select(s => new { s.HighEnergyFile, s.LowEnergyFile }).SingleOrDefaultAsync(ct);
        return files is null ? null : (files.HighEnergyFile, files.LowEnergyFile);
    }

    public static string? VerdictName(AnnotationKind? verdict) => verdict switch
    {
        AnnotationKind.Confirm => "confirmed",
        AnnotationKind.Dismiss => "dismissed",
        _ => null,
    };

    /// <summary>Confirm or dismiss a finding (<see cref="FindingVerdicts"/>), or a drawn box.</summary>
    public async Task<AnnotationOutcome> AnnotateAsync(int scanId, AnnotationRequest request, string officer, CancellationToken ct = default)
    {
        if (request.Kind is AnnotationKind.Confirm or AnnotationKind.Dismiss) return await verdicts.SetAsync(scanId, request, officer, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return new AnnotationOutcome(null, $"Scan {scanId} does not exist.");
        if (scan.ReviewedAtUtc is not null)
            return new AnnotationOutcome(null, $"The review of this scan was completed by {scan.ReviewedBy}.", Conflict: true);
        if (HeldByOther(scan, officer) is { } holder) return new AnnotationOutcome(null, HeldMessage(holder), Conflict: true, HeldBy: holder);
        if (request.Class is null || !ThreatClasses.IsKnown(request.Class))
            return new AnnotationOutcome(null, $"Class must be one of: {string.Join(", ", ThreatClasses.All)}.");
        if (request.Width < 4 || request.Height < 4 || request.X < 0 || request.Y < 0 || request.X + request.Width > scan.Width || request.Y + request.Height > scan.Height)
            return new AnnotationOutcome(null, $"The box must be at least 4×4 pixels and inside the {scan.Width}×{scan.Height} image.");
        var annotation = new ScanAnnotation { Kind = AnnotationKind.Drawn, Class = request.Class, X = request.X, Y = request.Y,
            Width = request.Width, Height = request.Height, Officer = officer, CreatedAtUtc = DateTime.UtcNow };
        scan.Annotations.Add(annotation);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(officer, "xray.box-drawn", "Scan", scan.Id.ToString(),
            new { annotationId = annotation.Id, annotation.Class, annotation.X, annotation.Y, annotation.Width, annotation.Height, scan.ConsignmentReference }), ct);
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

    /// <summary>
    /// Completes the review; null if the scan does not exist. Refused while an AI alarm is neither confirmed nor dismissed,
    /// and when a colleague completed it first; the same officer completing again gets the same completion back.
    /// </summary>
    public async Task<ReviewOutcome?> MarkReviewedAsync(int scanId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().Include(s => s.Findings).SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return null;
        if (scan.ReviewedAtUtc is { } done)
            return scan.ReviewedBy == officer
                ? new ReviewOutcome(new ReviewCompletion(scanId, done, null), null)
                : new ReviewOutcome(null, $"{scan.ReviewedBy} already completed the review of this scan.", Conflict: true);
        if (HeldByOther(scan, officer) is { } holder) return new ReviewOutcome(null, HeldMessage(holder), Conflict: true, HeldBy: holder);
        var open = scan.Findings.Count(f => f.Confidence >= AlarmConfidence && f.Verdict is null);
        if (open > 0)
            return new ReviewOutcome(null, $"{open} AI alarm(s) are neither confirmed nor dismissed; decide each before completing the review.", OpenAlarms: open);
        scan.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
        scan.ReviewedBy = officer;
        scan.ClaimedBy ??= officer;
        scan.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ReviewOutcome(null, "Another officer changed this scan at the same moment; reload and try again.", Conflict: true);
        }
        var seconds = await timings.CompletedAsync(scanId, officer, ct);
        await audit.RecordAsync(AuditRecord.Decision(officer, "xray.scan-reviewed", "Scan", scanId.ToString(), new { scan.ConsignmentReference, seconds }, scan.DetectorVersion), ct);
        return new ReviewOutcome(new ReviewCompletion(scanId, scan.ReviewedAtUtc.Value, await tip.CompleteAsync(scanId, officer, ct), seconds), null);
    }

    internal static AnnotationView View(ScanAnnotation a) => new(a.Id, a.Kind, a.FindingId, a.Class, a.X, a.Y, a.Width, a.Height, a.Officer, a.CreatedAtUtc);
}
