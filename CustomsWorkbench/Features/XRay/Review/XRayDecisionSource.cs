using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>The detector's alarms that an officer confirmed (agreed) or dismissed; boxes officers drew themselves are not alarms.</summary>
public sealed class XRayDecisionSource(IDbContextFactory<WorkbenchDbContext> factory) : IAiDecisionSource
{
    public string Feature => "xray";

    public async Task<IReadOnlyList<AiDecision>> DecisionsAsync(DateOnly since, CancellationToken ct)
    {
        var start = since.ToDateTime(TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await (from a in db.Set<ScanAnnotation>().AsNoTracking()
                          where a.Kind != AnnotationKind.Drawn && a.FindingId != null && a.CreatedAtUtc >= start
                          join f in db.Set<ScanFinding>() on a.FindingId equals f.Id
                          join s in db.Set<Scan>() on a.ScanId equals s.Id
                          select new { a.ScanId, a.Kind, a.Officer, a.CreatedAtUtc, f.ModelVersion, s.ConsignmentKind, s.ConsignmentId }).ToListAsync(ct);
        var declarationIds = rows.Where(r => r.ConsignmentKind == ConsignmentKind.Declaration).Select(r => r.ConsignmentId).Distinct().ToList();
        var parcelIds = rows.Where(r => r.ConsignmentKind == ConsignmentKind.Parcel).Select(r => r.ConsignmentId).Distinct().ToList();
        var declarationOffices = await db.Declarations.Where(d => declarationIds.Contains(d.Id)).Select(d => new { d.Id, d.Office!.Code }).ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        var parcelOffices = await db.Parcels.Where(p => parcelIds.Contains(p.Id)).Select(p => new { p.Id, p.Office!.Code }).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        return rows.Select(r => new AiDecision(Feature,
            (r.ConsignmentKind == ConsignmentKind.Declaration ? declarationOffices : parcelOffices).GetValueOrDefault(r.ConsignmentId, "—"),
            r.Officer, r.ModelVersion, DateOnly.FromDateTime(r.CreatedAtUtc), r.Kind == AnnotationKind.Confirm, $"/xray/scans/{r.ScanId}")).ToList();
    }
}
