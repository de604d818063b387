using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// Makes recorded results and releases final once their undo window has passed: for a result, writes the label and the
/// seizure case (<see cref="OutcomeEffects"/>) and lets the engine learn from them; a release then becomes
/// <see cref="TriageFinality.Settled"/> (a supervisor's review sees it). Each row changes under its Version token, so an
/// undo racing the deadline and several servers polling at once still apply a result at most once.
/// </summary>
public sealed class OutcomeFinalizer(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock, IServiceProvider services)
{
    public async Task<int> ApplyDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<int> due;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            due = await db.Set<DeclarationTriage>().AsNoTracking()
                .Where(t => t.OutcomeAppliedAtUtc == null && t.UndoableUntilUtc != null && t.UndoableUntilUtc <= now)
                .OrderBy(t => t.UndoableUntilUtc).Select(t => t.DeclarationId).Take(200).ToListAsync(ct);
        }
        var applied = new List<int>();
        var released = 0;
        foreach (var id in due)
            switch (await ApplyAsync(id, now, ct))
            {
                case true: applied.Add(id); break;
                case false: released++; break;
            }
        // The labels feed the engine's importer/broker hit rates (when the engine is present).
        if (applied.Count > 0 && services.GetService<IRiskScoringService>() is { } scoring)
            await scoring.ObserveOutcomesAsync(applied, ct);
        return applied.Count + released;
    }

    /// <summary>True: a result became final (its label is written); false: a release became final; null: nothing (changed meanwhile).</summary>
    private async Task<bool?> ApplyAsync(int declarationId, DateTime now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var t = await db.Set<DeclarationTriage>().SingleAsync(x => x.DeclarationId == declarationId, ct);
        if (t.Status != TriageStatus.Closed || t.OutcomeAppliedAtUtc is not null || t.UndoableUntilUtc is not { } until || until > now)
            return null;
        var release = t.Outcome is null;
        if (release && t.DecidedChannel != Channel.Green) return null;
        t.Version = Guid.NewGuid();
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // A release has no label to write: it only becomes final.
            if (release) t.OutcomeAppliedAtUtc = now;
            else await OutcomeEffects.WriteAsync(db, t, now, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return !release;
        }
        catch (DbUpdateException)
        {
            // Undone or applied by another server meanwhile, or a case number taken at the same moment: the next poll sees the truth.
            return null;
        }
    }
}

/// <summary>Runs <see cref="OutcomeFinalizer"/> every few seconds.</summary>
public sealed class OutcomeFinalizerService(OutcomeFinalizer finalizer, ILogger<OutcomeFinalizerService> logger)
    : PollingService(TimeSpan.FromSeconds(5), logger)
{
    protected override string FailureMessage => "Applying final inspection results failed; retrying at the next poll.";

    protected override Task PollAsync(CancellationToken ct) => finalizer.ApplyDueAsync(ct);
}
