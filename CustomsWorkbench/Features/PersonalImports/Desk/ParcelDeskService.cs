using CustomsWorkbench.Features.PersonalImports.Holds;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>
/// An officer's actions on parcels: claim, release, decide (clear, hold for documents, inspect, refer for misuse) and,
/// for inspections and referrals, record the outcome that becomes the parcel risk model's label. Every change goes
/// through the parcel's DeskVersion token: of two officers acting at once exactly one wins, and a caller holding an older
/// version is told who changed the parcel, with nothing overwritten. Repeating a request that already took effect is a
/// success that changes nothing. Several parcels decided together (a split shipment's) change all or none.
/// </summary>
public class ParcelDeskService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, IRealtimeNotifier notifier, TimeProvider clock)
{
    public const string EntityType = "Parcel";
    /// <summary>The most parcels one "act on all" request may carry.</summary>
    public const int MaxParcelsPerRequest = 200;

    /// <summary>Where a decision puts the parcel.</summary>
    public static ParcelStatus StatusAfter(ParcelAction action) => action switch
    {
        ParcelAction.Clear => ParcelStatus.Cleared,
        ParcelAction.HoldForDocuments => ParcelStatus.HeldForDocuments,
        ParcelAction.Inspect => ParcelStatus.Inspecting,
        _ => ParcelStatus.ReferredForMisuse,
    };

    /// <summary>A decision may be taken on an open parcel, or on one held for documents once they arrive.</summary>
    public static bool CanDecide(ParcelStatus status) => status is ParcelStatus.Open or ParcelStatus.HeldForDocuments;

    /// <summary>Only inspections and referrals wait for an outcome.</summary>
    public static bool AwaitsOutcome(ParcelStatus status) => status is ParcelStatus.Inspecting or ParcelStatus.ReferredForMisuse;

    public async Task<ParcelDeskResult> ClaimAsync(int parcelId, string officer, CancellationToken ct = default) =>
        (await ChangeAsync([parcelId], officer, "parcel.claim", null, (p, _) =>
        {
            if (p.ClaimedBy == officer) return ParcelDeskResult.Ok(p);
            if (p.ClaimedBy is not null) return ParcelDeskResult.Fail(ParcelDeskProblem.AlreadyClaimed, p.ClaimedBy);
            if (!CanDecide(p.Status)) return ParcelDeskResult.Fail(ParcelDeskProblem.WrongState);
            p.ClaimedBy = officer;
            p.ClaimedAtUtc = Now;
            return null;
        }, ct))[0];

    public async Task<ParcelDeskResult> ReleaseAsync(int parcelId, string officer, CancellationToken ct = default) =>
        (await ChangeAsync([parcelId], officer, "parcel.release-claim", null, (p, _) =>
        {
            if (p.ClaimedBy is null) return ParcelDeskResult.Ok(p);
            if (p.ClaimedBy != officer) return ParcelDeskResult.Fail(ParcelDeskProblem.NotClaimedByYou, p.ClaimedBy);
            p.ClaimedBy = null;
            p.ClaimedAtUtc = null;
            return null;
        }, ct))[0];

    /// <summary>
    /// Decides one parcel. <paramref name="expectedVersion"/> is the DeskVersion the officer saw (null: whatever it is now).
    /// A referral for misuse needs a reason; a parcel claimed by someone else cannot be decided.
    /// </summary>
    public async Task<ParcelDeskResult> DecideAsync(int parcelId, string officer, ParcelAction action, string? reason,
        int? expectedVersion = null, CancellationToken ct = default) =>
        (await DecideManyAsync([new ParcelVersion(parcelId, expectedVersion)], officer, action, reason, ct)).Single().Result;

    /// <summary>The same decision on several parcels (e.g. hold all parcels of a split shipment): all change, or none.</summary>
    public async Task<IReadOnlyList<ParcelActionResult>> DecideManyAsync(IReadOnlyList<ParcelVersion> parcels, string officer,
        ParcelAction action, string? reason, CancellationToken ct = default)
    {
        new FieldCheck().Text("reason", reason, FieldLimits.Reason, multiline: true).ThrowIfAny();
        if (!Enum.IsDefined(action)) throw new FieldLimitException(new Dictionary<string, string[]> { ["action"] = ["Unknown action."] });
        CheckCount(parcels.Count);
        parcels = parcels.DistinctBy(p => p.ParcelId).ToList();
        var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (action == ParcelAction.ReferForMisuse && note is null)
            return parcels.Select(p => new ParcelActionResult(p.ParcelId, ParcelDeskResult.Fail(ParcelDeskProblem.ReasonRequired))).ToList();
        var target = StatusAfter(action);
        var versions = parcels.ToDictionary(p => p.ParcelId, p => p.ExpectedVersion);
        var ids = parcels.Select(p => p.ParcelId).ToList();
        // A parcel another feature held (an X-ray escalation) is not cleared; inspecting or referring it stays possible.
        var held = action == ParcelAction.Clear ? await HeldAsync(ids, ct) : [];
        var results = await ChangeAsync(ids, officer, $"parcel.{ActionName(action)}", new { action = action.ToString(), reason = note },
            (p, latest) =>
            {
                // The same request again, after it took effect: nothing more to do.
                if (p.Status == target && latest is { } d && d.Action == action && d.DecidedBy == officer && d.Note == note) return ParcelDeskResult.Ok(p);
                if (versions[p.Id] is { } seen && seen != p.DeskVersion) return ParcelDeskResult.Fail(ParcelDeskProblem.ChangedByOther, LastActor(p, latest));
                if (p.ClaimedBy is not null && p.ClaimedBy != officer) return ParcelDeskResult.Fail(ParcelDeskProblem.AlreadyClaimed, p.ClaimedBy);
                if (!CanDecide(p.Status)) return ParcelDeskResult.Fail(ParcelDeskProblem.WrongState, LastActor(p, latest));
                if (held.Contains(p.Id)) return ParcelDeskResult.Fail(ParcelDeskProblem.Held);
                p.Status = target;
                p.ClaimedBy = null;
                p.ClaimedAtUtc = null;
                p.Decisions.Add(new ParcelDecision
                {
                    Action = action, Outcome = ParcelOutcome.Pending, Note = note, DecidedBy = officer, DecidedAtUtc = Now, Source = RecordSource.Api,
                    RiskScoreAtDecision = p.RiskScore, RiskModelVersionAtDecision = p.RiskModelVersion,
                });
                return null;
            }, ct);
        return results.Select((r, i) => new ParcelActionResult(ids[i], r)).ToList();
    }

    /// <summary>What the inspection or misuse referral found: closes the parcel and labels its decision for the risk model.</summary>
    public async Task<ParcelDeskResult> RecordOutcomeAsync(int parcelId, string officer, ParcelOutcome outcome, string? note,
        int? expectedVersion = null, CancellationToken ct = default)
    {
        new FieldCheck().Text("note", note, FieldLimits.Reason, multiline: true).ThrowIfAny();
        if (outcome is not (ParcelOutcome.Compliant or ParcelOutcome.Irregular))
            throw new FieldLimitException(new Dictionary<string, string[]> { ["outcome"] = ["The outcome is Compliant or Irregular."] });
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return (await ChangeAsync([parcelId], officer, "parcel.outcome", new { outcome = outcome.ToString(), note = text }, (p, latest) =>
        {
            if (p.Status == ParcelStatus.Closed && latest is { } done && done.Outcome == outcome && done.OutcomeBy == officer) return ParcelDeskResult.Ok(p);
            if (expectedVersion is { } seen && seen != p.DeskVersion) return ParcelDeskResult.Fail(ParcelDeskProblem.ChangedByOther, LastActor(p, latest));
            if (!AwaitsOutcome(p.Status) || latest is not { Outcome: ParcelOutcome.Pending, Action: ParcelAction.Inspect or ParcelAction.ReferForMisuse })
                return ParcelDeskResult.Fail(ParcelDeskProblem.OutcomeNotExpected, LastActor(p, latest));
            latest.Outcome = outcome;
            latest.OutcomeBy = officer;
            latest.OutcomeAtUtc = Now;
            if (text is not null) latest.Note = latest.Note is null ? text : Cut($"{latest.Note}\n{text}", FieldLimits.Reason);
            p.Status = ParcelStatus.Closed;
            return null;
        }, ct))[0];
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<HashSet<int>> HeldAsync(IReadOnlyList<int> ids, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ParcelHoldService.HeldAmongAsync(db, ids, ct);
    }

    private static void CheckCount(int count)
    {
        if (count is < 1 or > MaxParcelsPerRequest)
            throw new FieldLimitException(new Dictionary<string, string[]> { ["parcels"] = [$"Between 1 and {MaxParcelsPerRequest} parcels per request."] });
    }

    private static string ActionName(ParcelAction action) => action switch
    {
        ParcelAction.Clear => "clear",
        ParcelAction.HoldForDocuments => "hold-for-documents",
        ParcelAction.Inspect => "inspect",
        _ => "refer-for-misuse",
    };

    /// <summary>Who last touched the parcel: the claim holder, else the last decision's or outcome's author.</summary>
    private static string? LastActor(ExpressParcel p, ParcelDecision? latest) =>
        p.ClaimedBy ?? (latest is null ? null : latest.OutcomeAtUtc > latest.DecidedAtUtc ? latest.OutcomeBy : latest.DecidedBy);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>
    /// Loads the parcels with their latest decision, applies <paramref name="change"/> to each (null = changed, a result =
    /// refused or already done), and saves the changed ones under the DeskVersion token in one transaction, only when none
    /// was refused. A lost race reloads and reports who changed the parcel. Then audits and publishes each change.
    /// </summary>
    private async Task<IReadOnlyList<ParcelDeskResult>> ChangeAsync(IReadOnlyList<int> ids, string user, string action, object? details,
        Func<ExpressParcel, ParcelDecision?, ParcelDeskResult?> change, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var parcels = await db.Parcels.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var latest = await LatestDecisionsAsync(db, ids, ct);
        var results = new ParcelDeskResult?[ids.Count];
        var changed = new List<ExpressParcel>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!parcels.TryGetValue(ids[i], out var parcel)) { results[i] = ParcelDeskResult.Fail(ParcelDeskProblem.NotFound); continue; }
            results[i] = change(parcel, latest.GetValueOrDefault(parcel.Id));
            if (results[i] is null) changed.Add(parcel);
        }
        if (results.Any(r => r is { Succeeded: false }))
        {
            // All or nothing: the parcels that would have changed are reported as not done, for the refused one's sake.
            return results.Select(r => r ?? ParcelDeskResult.Fail(ParcelDeskProblem.WrongState)).ToList();
        }
        if (changed.Count == 0) return results.Select(r => r!).ToList();

        foreach (var parcel in changed) parcel.DeskVersion++;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await factory.CreateDbContextAsync(ct);
            var now = await fresh.Parcels.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            var last = await LatestDecisionsAsync(fresh, ids, ct);
            return ids.Select(id => ParcelDeskResult.Fail(ParcelDeskProblem.ChangedByOther,
                now.TryGetValue(id, out var p) ? LastActor(p, last.GetValueOrDefault(id)) : null)).ToList();
        }

        var flags = await db.ParcelFlags.AsNoTracking().Where(f => ids.Contains(f.ParcelId)).Select(f => new { f.ParcelId, f.Code }).ToListAsync(ct);
        foreach (var parcel in changed)
        {
            var codes = flags.Where(f => f.ParcelId == parcel.Id).Select(f => f.Code).ToList();
            await audit.RecordAsync(AuditRecord.Decision(user, action, EntityType, parcel.Id.ToString(),
                new { parcel.TrackingNumber, status = parcel.Status.ToString(), parcel.DeskVersion, details },
                parcel.RiskModelVersion, new { riskScore = parcel.RiskScore, flags = codes }), ct);
            await notifier.PublishAsync(ParcelDeskEvents.QueueTopic, ParcelDeskEvents.ItemChanged,
                new ParcelQueueItemChanged(parcel.Id, parcel.Status.ToString(), parcel.ClaimedBy, user), ct);
        }
        return results.Select((r, i) => r ?? ParcelDeskResult.Ok(parcels[ids[i]])).ToList();
    }

    /// <summary>Each parcel's most recent decision, tracked so an outcome can be written onto it.</summary>
    private static async Task<Dictionary<int, ParcelDecision>> LatestDecisionsAsync(WorkbenchDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var decisions = await db.Set<ParcelDecision>().Where(d => ids.Contains(d.ParcelId)).ToListAsync(ct);
        return decisions.GroupBy(d => d.ParcelId).ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.DecidedAtUtc).ThenByDescending(d => d.Id).First());
    }
}

/// <summary>A parcel and the DeskVersion its caller saw (null: not checked).</summary>
public sealed record ParcelVersion(int ParcelId, int? ExpectedVersion = null);

/// <summary>One parcel's result in a request on several.</summary>
public sealed record ParcelActionResult(int ParcelId, ParcelDeskResult Result);
