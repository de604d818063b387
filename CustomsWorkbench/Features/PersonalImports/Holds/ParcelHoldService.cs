using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Realtime;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Holds;

/// <summary>
/// Holds parcels for other features (<see cref="IParcelHolds"/>): validated, idempotent (one hold per parcel and source),
/// audited, and announced on the desk's live topic so an open parcel page shows the hold without a reload.
/// </summary>
public sealed class ParcelHoldService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, IRealtimeNotifier notifier, TimeProvider clock)
    : IParcelHolds
{
    public async Task<ParcelHoldOutcome> HoldAsync(ParcelHoldRequest request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.SourceReference) || request.SourceReference.Length > ParcelHold.MaxSourceLength)
            return new ParcelHoldOutcome(null, false, $"The source reference must be 1 to {ParcelHold.MaxSourceLength} characters.");
        if (string.IsNullOrWhiteSpace(request.RequestedBy) || request.RequestedBy.Length > ParcelHold.MaxHeldByLength)
            return new ParcelHoldOutcome(null, false, $"The requester must be named (at most {ParcelHold.MaxHeldByLength} characters).");
        if (!Enum.IsDefined(request.Reason)) return new ParcelHoldOutcome(null, false, "Unknown hold reason.");
        await using var db = await factory.CreateDbContextAsync(ct);
        var parcel = await db.Parcels.AsNoTracking().Where(p => p.Id == request.ParcelId)
            .Select(p => new { p.TrackingNumber, p.Status, p.ClaimedBy }).SingleOrDefaultAsync(ct);
        if (parcel is null) return new ParcelHoldOutcome(null, false, $"Parcel {request.ParcelId} does not exist.");
        if (await FindAsync(db, request, ct) is { } existing) return new ParcelHoldOutcome(View(existing), false, null);

        var hold = new ParcelHold
        {
            ParcelId = request.ParcelId, Reason = request.Reason, SourceReference = request.SourceReference,
            HeldBy = request.RequestedBy, HeldAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(hold);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same source asked twice at once: the other request placed the hold.
            await using var again = await factory.CreateDbContextAsync(ct);
            if (await FindAsync(again, request, ct) is { } placed) return new ParcelHoldOutcome(View(placed), false, null);
            throw;
        }
        await audit.RecordAsync(AuditRecord.Decision(request.RequestedBy, "parcel.held", ParcelDeskService.EntityType, request.ParcelId.ToString(),
            new { parcel.TrackingNumber, reason = request.Reason.ToString(), request.SourceReference }), ct);
        await notifier.PublishAsync(ParcelDeskEvents.QueueTopic, ParcelDeskEvents.ItemChanged,
            new ParcelQueueItemChanged(request.ParcelId, parcel.Status.ToString(), parcel.ClaimedBy, request.RequestedBy), ct);
        return new ParcelHoldOutcome(View(hold), true, null);
    }

    public async Task<IReadOnlyList<ParcelHoldView>> HoldsAsync(int parcelId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await HoldsAsync(db, parcelId, ct);
    }

    /// <summary>The parcel's holds, oldest first (the dossier reads them with its own context).</summary>
    internal static async Task<IReadOnlyList<ParcelHoldView>> HoldsAsync(WorkbenchDbContext db, int parcelId, CancellationToken ct)
    {
        var holds = await db.Set<ParcelHold>().AsNoTracking().Where(h => h.ParcelId == parcelId).OrderBy(h => h.Id).ToListAsync(ct);
        return holds.Select(View).ToList();
    }

    /// <summary>Which of these parcels are held (the desk refuses to clear them).</summary>
    internal static async Task<HashSet<int>> HeldAmongAsync(WorkbenchDbContext db, IReadOnlyCollection<int> parcelIds, CancellationToken ct) =>
        (await db.Set<ParcelHold>().AsNoTracking().Where(h => parcelIds.Contains(h.ParcelId)).Select(h => h.ParcelId).Distinct().ToListAsync(ct)).ToHashSet();

    private static Task<ParcelHold?> FindAsync(WorkbenchDbContext db, ParcelHoldRequest request, CancellationToken ct) =>
        db.Set<ParcelHold>().AsNoTracking().SingleOrDefaultAsync(h => h.ParcelId == request.ParcelId && h.SourceReference == request.SourceReference, ct);

    private static ParcelHoldView View(ParcelHold h) => new(h.ParcelId, h.Reason, h.SourceReference, h.HeldBy, h.HeldAtUtc);
}
