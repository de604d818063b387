using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// Confirming or dismissing an AI finding. The verdict lives on the finding (with a concurrency token) and every verdict
/// is also a ScanAnnotation, which the detector's retraining reads. Repeating a verdict changes nothing; changing another
/// officer's verdict needs the finding version that officer's verdict produced (so nobody overwrites a colleague unseen);
/// a completed review is closed. A confirmed weapon or narcotics alarm writes its escalation in the same transaction.
/// </summary>
public sealed class FindingVerdicts(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, ScanEscalations escalations, TimeProvider clock)
{
    public async Task<AnnotationOutcome> SetAsync(int scanId, AnnotationRequest request, string officer, CancellationToken ct = default)
    {
        if (request.Kind is not (AnnotationKind.Confirm or AnnotationKind.Dismiss)) throw new ArgumentException("Confirm or Dismiss only.", nameof(request));
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (reason is not null && reason.Length > ScanFinding.MaxReasonLength)
            return new AnnotationOutcome(null, $"The reason is at most {ScanFinding.MaxReasonLength} characters.");
        if (reason is not null && request.Kind == AnnotationKind.Confirm) reason = null;

        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().Include(s => s.Findings).SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return new AnnotationOutcome(null, $"Scan {scanId} does not exist.");
        var finding = scan.Findings.SingleOrDefault(f => f.Id == request.FindingId);
        if (finding is null) return new AnnotationOutcome(null, $"Finding {request.FindingId} is not on scan {scanId}.");
        if (scan.ReviewedAtUtc is not null)
            return new AnnotationOutcome(null, $"The review of this scan was completed by {scan.ReviewedBy}; verdicts are closed.", Conflict: true);
        // The claim is enforced here, not only shown: a colleague's scan is read-only until a supervisor takes it over.
        if (ScanReviewService.HeldByOther(scan, officer) is { } holder)
            return new AnnotationOutcome(null, ScanReviewService.HeldMessage(holder), Conflict: true, HeldBy: holder);

        if (finding.Verdict == request.Kind)
        {
            // Said already (by this officer or a colleague): nothing new to record.
            var said = await db.Set<ScanAnnotation>().AsNoTracking().Where(a => a.FindingId == finding.Id).OrderByDescending(a => a.Id).FirstAsync(ct);
            return new AnnotationOutcome(ScanReviewService.View(said), null);
        }
        if (finding.Verdict is not null && finding.VerdictBy != officer && request.Version != finding.Version)
            return new AnnotationOutcome(null, $"{finding.VerdictBy} already {(finding.Verdict == AnnotationKind.Confirm ? "confirmed" : "dismissed")} this finding; reload to change it.", Conflict: true);

        var now = clock.GetUtcNow().UtcDateTime;
        finding.Verdict = request.Kind;
        finding.VerdictBy = officer;
        finding.VerdictAtUtc = now;
        finding.DismissReason = request.Kind == AnnotationKind.Dismiss ? reason : null;
        finding.Version = Guid.NewGuid();
        // The first verdict on a scan nobody holds claims it for this officer.
        if (scan.ClaimedBy is null)
        {
            scan.ClaimedBy = officer;
            scan.ClaimedAtUtc = now;
            // Through the scan's token, so a colleague opening (claiming) it at the same moment cannot both hold it.
            scan.Version = Guid.NewGuid();
        }
        var annotation = new ScanAnnotation { Kind = request.Kind, FindingId = finding.Id, Class = finding.Class, X = finding.X, Y = finding.Y,
            Width = finding.Width, Height = finding.Height, Officer = officer, CreatedAtUtc = now, Reason = finding.DismissReason };
        scan.Annotations.Add(annotation);
        var escalation = request.Kind == AnnotationKind.Confirm ? ScanEscalations.For(scan, finding, officer, now) : null;
        var existing = escalation is null ? null : await db.Set<ScanEscalation>().SingleOrDefaultAsync(e => e.ScanId == scanId, ct);
        if (escalation is not null && existing is null) db.Add(escalation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer's verdict (or escalation) on this scan landed first; nothing of ours was stored.
            return new AnnotationOutcome(null, "Another officer just recorded a verdict on this scan; reload and try again.", Conflict: true);
        }

        await audit.RecordAsync(AuditRecord.Decision(officer, request.Kind == AnnotationKind.Confirm ? "xray.finding-confirmed" : "xray.finding-dismissed",
            "Scan", scan.Id.ToString(), new { annotationId = annotation.Id, annotation.Class, annotation.X, annotation.Y, annotation.Width, annotation.Height, scan.ConsignmentReference, reason = annotation.Reason },
            finding.ModelVersion, new { finding.Id, finding.Class, finding.Confidence }), ct);
        if (escalation is not null)
            await escalations.PropagateAsync(existing?.Id ?? escalation.Id, created: existing is null, ct);
        return new AnnotationOutcome(ScanReviewService.View(annotation), null);
    }
}
