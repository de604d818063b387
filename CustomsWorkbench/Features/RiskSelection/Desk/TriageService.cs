using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Seizures;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// An officer's actions on a queue item. Every change goes through the row's Version token, so of two officers acting
/// at once exactly one wins and the other gets a clear result naming who holds the item. Each action is audited next
/// to the AI output it followed or overrode, and pushed to every open queue.
/// </summary>
public class TriageService(
    IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, IRealtimeNotifier notifier,
    IOptions<RiskDeskOptions> options, TimeProvider clock, IServiceProvider services, SeizurePhotoStore photos)
{
    public const string EntityType = "Declaration";

    public Task<TriageResult> ClaimAsync(int declarationId, string officer, CancellationToken ct = default) =>
        ChangeAsync(declarationId, officer, "declaration.claim", t =>
        {
            if (t.Status == TriageStatus.Claimed && t.ClaimedBy == officer) return TriageResult.Ok(t.Version);
            if (t.Status == TriageStatus.Claimed) return TriageResult.Fail(TriageProblem.AlreadyClaimed, t.ClaimedBy);
            if (t.Status != TriageStatus.Open) return TriageResult.Fail(TriageProblem.WrongState, t.DecidedBy);
            t.Status = TriageStatus.Claimed;
            t.ClaimedBy = officer;
            t.ClaimedAtUtc = Now;
            return null;
        }, null, ct);

    public Task<TriageResult> ReleaseAsync(int declarationId, string officer, CancellationToken ct = default) =>
        ChangeAsync(declarationId, officer, "declaration.release-claim", t =>
        {
            if (t.Status != TriageStatus.Claimed || t.ClaimedBy != officer) return TriageResult.Fail(TriageProblem.NotClaimedByYou, t.ClaimedBy);
            t.Status = TriageStatus.Open;
            t.ClaimedBy = null;
            t.ClaimedAtUtc = null;
            return null;
        }, null, ct);

    /// <summary>
    /// Decides the channel. Only the officer holding the claim may; a decision other than the recommendation needs a
    /// reason. A release closes the item; a check or inspection waits for its result. Overrides and high-score releases
    /// go to supervisor review. A release can be undone for <see cref="RiskDeskOptions.UndoWindow"/>
    /// (<see cref="UndoReleaseAsync"/>): until <see cref="OutcomeFinalizer"/> makes it final it reaches no supervisor's
    /// review (<see cref="TriageFinality.Settled"/>). Deciding the same channel again is a no-op.
    /// </summary>
    public async Task<TriageResult> DecideAsync(int declarationId, string officer, Channel channel, string? reason, CancellationToken ct = default)
    {
        new FieldCheck().Text("reason", reason, FieldLimits.Reason, multiline: true).ThrowIfAny();
        // A declaration held by another feature (an X-ray escalation) cannot be released; inspecting it stays possible.
        if (channel == Channel.Green && await IsHeldAsync(declarationId, ct)) return TriageResult.Fail(TriageProblem.Held);
        var window = options.Value.UndoWindow;
        return await ChangeAsync(declarationId, officer, $"declaration.decide-{channel.ToString().ToLowerInvariant()}", t =>
        {
            // A repeated click or request for the decision already taken changes nothing.
            if (t.Status is TriageStatus.Decided or TriageStatus.Closed && t.DecidedBy == officer && t.DecidedChannel == channel && t.Outcome is null)
                return TriageResult.Ok(t.Version) with { UndoableUntilUtc = t.OutcomeAppliedAtUtc is null ? t.UndoableUntilUtc : null };
            if (t.Status != TriageStatus.Claimed || t.ClaimedBy != officer)
                return TriageResult.Fail(t.Status == TriageStatus.Open ? TriageProblem.NotClaimedByYou : TriageProblem.AlreadyClaimed, t.ClaimedBy ?? t.DecidedBy);
            var overrides = channel != t.RecommendedChannel;
            if (overrides && string.IsNullOrWhiteSpace(reason)) return TriageResult.Fail(TriageProblem.ReasonRequired);
            t.DecidedChannel = channel;
            t.RecommendedAtDecision = t.RecommendedChannel;
            t.ModelVersionAtDecision = t.ModelVersion;
            t.DecidedBy = officer;
            t.DecidedAtUtc = Now;
            t.OverrideReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            t.Status = channel == Channel.Green ? TriageStatus.Closed : TriageStatus.Decided;
            if (channel == Channel.Green)
            {
                t.ClosedAtUtc = Now;
                t.UndoableUntilUtc = window > TimeSpan.Zero ? Now + window : null;
                t.OutcomeAppliedAtUtc = window > TimeSpan.Zero ? null : Now;
            }
            var highScoreRelease = channel == Channel.Green && t.Score >= options.Value.HighScoreRelease;
            t.Review = overrides || highScoreRelease ? ReviewStatus.Pending : ReviewStatus.None;
            return null;
        }, new { channel = channel.ToString(), reason, undoableSeconds = channel == Channel.Green ? (int)window.TotalSeconds : 0 }, ct);
    }

    private async Task<bool> IsHeldAsync(int declarationId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<DeclarationHold>().AnyAsync(h => h.DeclarationId == declarationId, ct);
    }

    /// <summary>Undoes whatever of the officer's is still undoable: a recorded result, or else a release.</summary>
    public async Task<TriageResult> UndoAsync(int declarationId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var state = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.DeclarationId == declarationId)
            .Select(t => new { t.Status, t.Outcome, t.DecidedChannel }).SingleOrDefaultAsync(ct);
        if (state is null) return TriageResult.Fail(TriageProblem.NotInQueue);
        // Each undo checks the state again under the row's Version token; this only picks which one applies.
        return state is { Status: TriageStatus.Closed, Outcome: null, DecidedChannel: Channel.Green }
            ? await UndoReleaseAsync(declarationId, officer, ct)
            : await UndoOutcomeAsync(declarationId, officer, ct);
    }

    /// <summary>
    /// Undoes the officer's own release while its window is open: the item is back to "claimed by me", as before the
    /// decision (no review waiting), and the trail gains a "declaration.release-undone" entry. A second undo changes
    /// nothing. The deadline is the server's clock.
    /// </summary>
    public Task<TriageResult> UndoReleaseAsync(int declarationId, string officer, CancellationToken ct = default)
    {
        object? undone = null;
        return ChangeAsync(declarationId, officer, "declaration.release-undone", t =>
        {
            if (t.Status != TriageStatus.Closed || t.DecidedChannel != Channel.Green || t.Outcome is not null)
                return TriageResult.Fail(TriageProblem.NothingToUndo, t.Status == TriageStatus.Claimed && t.ClaimedBy == officer ? null : t.DecidedBy ?? t.ClaimedBy);
            if (t.DecidedBy != officer) return TriageResult.Fail(TriageProblem.NotClaimedByYou, t.DecidedBy);
            if (t.OutcomeAppliedAtUtc is not null || t.UndoableUntilUtc is not { } until || Now >= until) return TriageResult.Fail(TriageProblem.UndoExpired);
            undone = new { channel = t.DecidedChannel.ToString(), reason = t.OverrideReason, decidedAtUtc = t.DecidedAtUtc, review = t.Review.ToString() };
            t.Status = TriageStatus.Claimed;
            t.ClaimedBy = officer;
            t.DecidedChannel = null;
            t.RecommendedAtDecision = null;
            t.ModelVersionAtDecision = null;
            t.DecidedBy = null;
            t.DecidedAtUtc = null;
            t.OverrideReason = null;
            t.ClosedAtUtc = null;
            t.UndoableUntilUtc = null;
            t.Review = ReviewStatus.None;
            return null;
        }, () => undone, ct);
    }

    /// <summary>
    /// Records what the check or inspection found and closes the item. For <see cref="RiskDeskOptions.UndoWindow"/> the
    /// officer may undo it (<see cref="UndoOutcomeAsync"/>); only then does <see cref="OutcomeFinalizer"/> write the label
    /// the models learn from and, for a seizure, the seizure case, so nothing downstream ever acts on an undone result.
    /// Recording the same result again is a no-op.
    /// </summary>
    public async Task<TriageResult> RecordOutcomeAsync(int declarationId, string officer, InspectionResult result, CancellationToken ct = default)
    {
        new FieldCheck().Text("seizedGoods", result.SeizedGoods, FieldLimits.Reason, multiline: true)
            .Number("additionalRevenue", result.AdditionalRevenue, FieldLimits.Amount).ThrowIfAny();
        var seizure = result.Outcome == InspectionOutcome.Seizure;
        if (result.Outcome == InspectionOutcome.RevenueAdjustment && result.AdditionalRevenue is not > 0
            || seizure && (string.IsNullOrWhiteSpace(result.SeizedGoods) || result.Seizure is null))
            return TriageResult.Fail(TriageProblem.OutcomeIncomplete);
        if (seizure) SeizureRules.ThrowIfInvalid(result.Seizure, result.Photos);
        else if (result.Photos is { Count: > 0 }) return TriageResult.Fail(TriageProblem.OutcomeIncomplete);

        var window = options.Value.UndoWindow;
        var stored = new List<SeizurePhotoStore.StoredPhoto>();
        string? caseNumber = null;
        var outcome = await ChangeAsync(declarationId, officer, "declaration.outcome", t =>
        {
            // A repeated click or request for the result already recorded changes nothing.
            if (t.Status == TriageStatus.Closed && t.DecidedBy == officer && t.Outcome == result.Outcome && t.OutcomeAppliedAtUtc is null)
                return TriageResult.Ok(t.Version) with { UndoableUntilUtc = t.UndoableUntilUtc };
            if (t.Status != TriageStatus.Decided) return TriageResult.Fail(TriageProblem.WrongState, t.DecidedBy ?? t.ClaimedBy);
            if (t.DecidedBy != officer) return TriageResult.Fail(TriageProblem.NotClaimedByYou, t.DecidedBy);
            var d = seizure ? result.Seizure! : null;
            t.Outcome = result.Outcome;
            t.OutcomeRevenue = result.AdditionalRevenue;
            t.SeizedGoods = seizure ? result.SeizedGoods!.Trim() : null;
            t.SeizureCategory = d?.Category;
            t.SeizureQuantity = d?.Quantity;
            t.SeizureUnit = d?.Unit;
            t.SeizureConcealment = d?.Concealment;
            t.SeizureConcealmentNote = Trimmed(d?.ConcealmentNote);
            t.SeizureFoundIn = d?.FoundIn;
            t.SeizureFoundInNote = Trimmed(d?.FoundInNote);
            t.Status = TriageStatus.Closed;
            t.ClosedAtUtc = Now;
            t.UndoableUntilUtc = window > TimeSpan.Zero ? Now + window : null;
            return null;
        }, new
        {
            outcome = result.Outcome.ToString(), result.AdditionalRevenue, result.SeizedGoods, seizure = result.Seizure,
            photos = result.Photos?.Count ?? 0, undoableSeconds = (int)window.TotalSeconds,
        }, ct, async (db, t) =>
        {
            foreach (var photo in result.Photos ?? [])
            {
                var file = await photos.SaveAsync(photo.Content, ct);
                stored.Add(file);
                db.SeizurePhotos.Add(new SeizurePhoto
                {
                    DeclarationId = declarationId, StoredName = file.StoredName, ContentType = file.ContentType, SizeBytes = file.SizeBytes,
                    UploadedBy = officer, UploadedAtUtc = Now,
                });
            }
            if (window == TimeSpan.Zero) caseNumber = await OutcomeEffects.WriteAsync(db, t, Now, ct);
        });
        // All or nothing: files of a result that was not saved do not stay behind.
        if (!outcome.Succeeded || outcome.Version is null) photos.Delete(stored.Select(f => f.StoredName));
        if (!outcome.Succeeded) return outcome;
        if (window == TimeSpan.Zero && services.GetService<IRiskScoringService>() is { } scoring)
            await scoring.ObserveOutcomesAsync([declarationId], ct);
        return outcome with { SeizureCaseNumber = caseNumber, UndoableUntilUtc = outcome.UndoableUntilUtc ?? (window > TimeSpan.Zero ? Now + window : null) };
    }

    /// <summary>
    /// Undoes the officer's own result while its window is open: the item is back to "decided, awaiting result" exactly
    /// as before, pending photos are removed, and the trail gains a "declaration.outcome-undone" entry (it is
    /// append-only; the original entry stays). A second undo changes nothing. The deadline is the server's clock.
    /// </summary>
    public async Task<TriageResult> UndoOutcomeAsync(int declarationId, string officer, CancellationToken ct = default)
    {
        var removed = new List<string>();
        object? undone = null;
        var result = await ChangeAsync(declarationId, officer, "declaration.outcome-undone", t =>
        {
            if (t.Status == TriageStatus.Decided && t.DecidedBy == officer && t.Outcome is null) return TriageResult.Fail(TriageProblem.NothingToUndo);
            if (t.Status != TriageStatus.Closed || t.Outcome is null) return TriageResult.Fail(TriageProblem.NothingToUndo, t.DecidedBy ?? t.ClaimedBy);
            if (t.DecidedBy != officer) return TriageResult.Fail(TriageProblem.NotClaimedByYou, t.DecidedBy);
            if (t.OutcomeAppliedAtUtc is not null || t.UndoableUntilUtc is not { } until || Now >= until) return TriageResult.Fail(TriageProblem.UndoExpired);
            undone = new { outcome = t.Outcome.ToString(), t.OutcomeRevenue, t.SeizedGoods, t.SeizureCategory, t.SeizureQuantity, t.SeizureUnit, recordedAtUtc = t.ClosedAtUtc };
            t.Outcome = null;
            t.OutcomeRevenue = null;
            t.SeizedGoods = null;
            t.SeizureCategory = t.SeizureUnit = t.SeizureConcealment = t.SeizureConcealmentNote = t.SeizureFoundIn = t.SeizureFoundInNote = null;
            t.SeizureQuantity = null;
            t.Status = TriageStatus.Decided;
            t.ClosedAtUtc = null;
            t.UndoableUntilUtc = null;
            return null;
        }, () => undone, ct, async (db, _) =>
        {
            var pending = await db.SeizurePhotos.Where(p => p.DeclarationId == declarationId && p.SeizureId == null).ToListAsync(ct);
            removed.AddRange(pending.Select(p => p.StoredName));
            db.SeizurePhotos.RemoveRange(pending);
        });
        if (result.Succeeded && result.Version is not null) photos.Delete(removed);
        return result;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Loads the row, applies <paramref name="change"/> (null = go ahead, else the refusal), saves under the Version
    /// token in one transaction with <paramref name="alsoWrite"/>, then audits and publishes. A lost race reloads the row
    /// and reports who holds it now.
    /// </summary>
    private Task<TriageResult> ChangeAsync(int declarationId, string user, string action, Func<DeclarationTriage, TriageResult?> change,
        object? details, CancellationToken ct, Func<WorkbenchDbContext, DeclarationTriage, Task>? alsoWrite = null) =>
        ChangeAsync(declarationId, user, action, change, () => details, ct, alsoWrite);

    /// <param name="details">Read after <paramref name="change"/> ran, so it may describe what the change replaced.</param>
    private async Task<TriageResult> ChangeAsync(int declarationId, string user, string action, Func<DeclarationTriage, TriageResult?> change,
        Func<object?>? details, CancellationToken ct, Func<WorkbenchDbContext, DeclarationTriage, Task>? alsoWrite = null)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var triage = await db.Set<DeclarationTriage>().SingleOrDefaultAsync(t => t.DeclarationId == declarationId, ct);
        if (triage is null) return TriageResult.Fail(TriageProblem.NotInQueue);
        if (change(triage) is { } refused) return refused;
        triage.Version = Guid.NewGuid();
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (alsoWrite is not null) await alsoWrite(db, triage);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await factory.CreateDbContextAsync(ct);
            var now = await fresh.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == declarationId, ct);
            return now.Status == TriageStatus.Claimed && now.ClaimedBy != user
                ? TriageResult.Fail(TriageProblem.AlreadyClaimed, now.ClaimedBy)
                : TriageResult.Fail(TriageProblem.ChangedByOther, now.DecidedBy ?? now.ClaimedBy);
        }

        await audit.RecordAsync(AuditRecord.Decision(user, action, EntityType, declarationId.ToString(), details?.Invoke(),
            triage.ModelVersion, new { score = triage.Score, recommendedChannel = triage.RecommendedChannel.ToString(), reason = triage.Reason.ToString() }), ct);
        await notifier.PublishAsync(RiskEvents.QueueTopic, RiskEvents.ItemChanged,
            new QueueItemChanged(declarationId, triage.Status.ToString(), triage.ClaimedBy), ct);
        return TriageResult.Ok(triage.Version) with { UndoableUntilUtc = triage.UndoableUntilUtc };
    }
}
