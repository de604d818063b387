using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Realtime;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// What follows a confirmed weapon or narcotics alarm: the escalation row is written with the verdict (same transaction,
/// <see cref="FindingVerdicts"/>); this class then holds the consignment through its owner's contract (a declaration through
/// RiskSelection's, a parcel through PersonalImports'), audits and tells supervisors. Each step is idempotent, so raising
/// again retries a hold that failed.
/// </summary>
public sealed class ScanEscalations(IDbContextFactory<WorkbenchDbContext> factory, IDeclarationHolds holds, IParcelHolds parcelHolds,
    IAuditLog audit, IRealtimeNotifier notifier, TimeProvider clock)
{
    /// <summary>A new escalation row for a confirmed finding, or null when its class does not escalate.</summary>
    public static ScanEscalation? For(Scan scan, ScanFinding finding, string officer, DateTime now) =>
        ThreatClasses.Escalates(finding.Class)
            ? new ScanEscalation
            {
                ScanId = scan.Id, FindingId = finding.Id, Class = finding.Class, ConsignmentKind = scan.ConsignmentKind,
                ConsignmentId = scan.ConsignmentId, ConsignmentReference = scan.ConsignmentReference, RaisedBy = officer, RaisedAtUtc = now,
            }
            : null;

    public static string HoldSource(int scanId) => $"xray-scan:{scanId}";

    /// <summary>After the escalation row is stored: hold the declaration or parcel (if not yet held), audit and notify (when new).</summary>
    public async Task PropagateAsync(int escalationId, bool created, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var escalation = await db.Set<ScanEscalation>().SingleAsync(e => e.Id == escalationId, ct);
        if (!escalation.ConsignmentHeld && await HoldAsync(escalation, ct))
        {
            escalation.ConsignmentHeld = true;
            await db.SaveChangesAsync(ct);
        }
        if (!created) return;
        await audit.RecordAsync(AuditRecord.Decision(escalation.RaisedBy, "xray.escalation-raised", "Scan", escalation.ScanId.ToString(),
            new { escalationId = escalation.Id, escalation.FindingId, escalation.Class, escalation.ConsignmentReference, escalation.ConsignmentHeld }), ct);
        await notifier.PublishAsync(XRayEvents.EscalationTopic, XRayEvents.EscalationRaised, EscalationView.Of(escalation), ct);
    }

    /// <summary>Asks the consignment's owner to hold it; true when the hold stands (placed now or before).</summary>
    private async Task<bool> HoldAsync(ScanEscalation escalation, CancellationToken ct)
    {
        var weapon = escalation.Class == ThreatClasses.Weapon;
        var source = HoldSource(escalation.ScanId);
        return escalation.ConsignmentKind switch
        {
            ConsignmentKind.Declaration => (await holds.HoldAsync(new DeclarationHoldRequest(escalation.ConsignmentId,
                weapon ? HoldReason.XRayWeapon : HoldReason.XRayNarcotics, source, escalation.RaisedBy), ct)).Succeeded,
            ConsignmentKind.Parcel => (await parcelHolds.HoldAsync(new ParcelHoldRequest(escalation.ConsignmentId,
                weapon ? ParcelHoldReason.XRayWeapon : ParcelHoldReason.XRayNarcotics, source, escalation.RaisedBy), ct)).Succeeded,
            _ => false,
        };
    }

    /// <summary>Escalations no supervisor has taken over yet, newest first.</summary>
    public async Task<IReadOnlyList<EscalationView>> OpenAsync(int take = 50, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<ScanEscalation>().AsNoTracking().Where(e => e.AcknowledgedAtUtc == null)
            .OrderByDescending(e => e.Id).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        return rows.Select(EscalationView.Of).ToList();
    }

    public async Task<EscalationView?> ForScanAsync(int scanId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.Set<ScanEscalation>().AsNoTracking().SingleOrDefaultAsync(e => e.ScanId == scanId, ct);
        return row is null ? null : EscalationView.Of(row);
    }

    /// <summary>A supervisor takes over an escalation: idempotent for the same supervisor, refused when someone else did first.</summary>
    public async Task<EscalationOutcome> AcknowledgeAsync(int id, Guid version, string supervisor, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var escalation = await db.Set<ScanEscalation>().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (escalation is null) return new EscalationOutcome(null, $"Escalation {id} does not exist.");
        if (escalation.AcknowledgedBy is { } by)
            return by == supervisor ? new EscalationOutcome(EscalationView.Of(escalation), null)
                : new EscalationOutcome(null, $"{by} already took over this escalation.", Conflict: true);
        if (escalation.Version != version) return new EscalationOutcome(null, "The escalation changed since you opened it; reload.", Conflict: true);
        escalation.AcknowledgedBy = supervisor;
        escalation.AcknowledgedAtUtc = clock.GetUtcNow().UtcDateTime;
        escalation.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EscalationOutcome(null, "Another supervisor took over this escalation at the same time.", Conflict: true);
        }
        await audit.RecordAsync(AuditRecord.Decision(supervisor, "xray.escalation-acknowledged", "Scan", escalation.ScanId.ToString(),
            new { escalationId = id, escalation.Class, escalation.ConsignmentReference }), ct);
        var view = EscalationView.Of(escalation);
        await notifier.PublishAsync(XRayEvents.EscalationTopic, XRayEvents.EscalationAcknowledged, view, ct);
        return new EscalationOutcome(view, null);
    }
}
