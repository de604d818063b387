using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Realtime;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>Holds declarations for other features (<see cref="IDeclarationHolds"/>): validated, idempotent, audited, pushed to the dossier.</summary>
public sealed class DeclarationHoldService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, IRealtimeNotifier notifier, TimeProvider clock)
    : IDeclarationHolds
{
    /// <summary>Event on the declaration's record topic when it is held; payload <see cref="DeclarationHoldView"/>.</summary>
    public const string HeldEvent = "held";

    public async Task<DeclarationHoldOutcome> HoldAsync(DeclarationHoldRequest request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.SourceReference) || request.SourceReference.Length > DeclarationHold.MaxSourceLength)
            return new DeclarationHoldOutcome(null, false, $"The source reference must be 1 to {DeclarationHold.MaxSourceLength} characters.");
        if (string.IsNullOrWhiteSpace(request.RequestedBy) || request.RequestedBy.Length > 64)
            return new DeclarationHoldOutcome(null, false, "The requester must be named (at most 64 characters).");
        if (!Enum.IsDefined(request.Reason)) return new DeclarationHoldOutcome(null, false, "Unknown hold reason.");
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Declarations.AnyAsync(d => d.Id == request.DeclarationId, ct))
            return new DeclarationHoldOutcome(null, false, $"Declaration {request.DeclarationId} does not exist.");
        if (await FindAsync(db, request, ct) is { } existing) return new DeclarationHoldOutcome(View(existing), false, null);

        var hold = new DeclarationHold
        {
            DeclarationId = request.DeclarationId, Reason = request.Reason, SourceReference = request.SourceReference,
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
            if (await FindAsync(again, request, ct) is { } placed) return new DeclarationHoldOutcome(View(placed), false, null);
            throw;
        }
        await audit.RecordAsync(AuditRecord.Decision(request.RequestedBy, "risk.declaration-held", "Declaration", request.DeclarationId.ToString(),
            new { reason = request.Reason.ToString(), request.SourceReference }), ct);
        var view = View(hold);
        await notifier.PublishAsync(RealtimeTopics.Record("Declaration", request.DeclarationId.ToString()), HeldEvent, view, ct);
        return new DeclarationHoldOutcome(view, true, null);
    }

    public async Task<IReadOnlyList<DeclarationHoldView>> HoldsAsync(int declarationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var holds = await db.Set<DeclarationHold>().AsNoTracking().Where(h => h.DeclarationId == declarationId).OrderBy(h => h.Id).ToListAsync(ct);
        return holds.Select(View).ToList();
    }

    private static Task<DeclarationHold?> FindAsync(WorkbenchDbContext db, DeclarationHoldRequest request, CancellationToken ct) =>
        db.Set<DeclarationHold>().AsNoTracking().SingleOrDefaultAsync(h => h.DeclarationId == request.DeclarationId && h.SourceReference == request.SourceReference, ct);

    private static DeclarationHoldView View(DeclarationHold h) => new(h.DeclarationId, h.Reason, h.SourceReference, h.HeldBy, h.HeldAtUtc);
}
