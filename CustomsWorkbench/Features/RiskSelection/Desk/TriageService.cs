using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Realtime;
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
    IOptions<RiskDeskOptions> options, TimeProvider clock, IServiceProvider services)
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
    /// go to supervisor review.
    /// </summary>
    public Task<TriageResult> DecideAsync(int declarationId, string officer, Channel channel, string? reason, CancellationToken ct = default)
    {
        new FieldCheck().Text("reason", reason, FieldLimits.Reason, multiline: true).ThrowIfAny();
        return ChangeAsync(declarationId, officer, $"declaration.decide-{channel.ToString().ToLowerInvariant()}", t =>
        {
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
            if (channel == Channel.Green) t.ClosedAtUtc = Now;
            var highScoreRelease = channel == Channel.Green && t.Score >= options.Value.HighScoreRelease;
            t.Review = overrides || highScoreRelease ? ReviewStatus.Pending : ReviewStatus.None;
            return null;
        }, new { channel = channel.ToString(), reason }, ct);
    }

    /// <summary>
    /// Records what the check or inspection found: closes the item and writes the label the models learn from
    /// (Declaration.Inspected/Illicit/AdditionalRevenue); a seizure also opens a seizure case.
    /// </summary>
    public async Task<TriageResult> RecordOutcomeAsync(int declarationId, string officer, InspectionResult result, CancellationToken ct = default)
    {
        new FieldCheck().Text("seizedGoods", result.SeizedGoods, FieldLimits.Reason, multiline: true)
            .Number("additionalRevenue", result.AdditionalRevenue, FieldLimits.Amount).ThrowIfAny();
        if (result.Outcome == InspectionOutcome.RevenueAdjustment && result.AdditionalRevenue is not > 0
            || result.Outcome == InspectionOutcome.Seizure && string.IsNullOrWhiteSpace(result.SeizedGoods))
            return TriageResult.Fail(TriageProblem.OutcomeIncomplete);

        string? caseNumber = null;
        var outcome = await ChangeAsync(declarationId, officer, "declaration.outcome", t =>
        {
            if (t.Status != TriageStatus.Decided) return TriageResult.Fail(TriageProblem.WrongState, t.DecidedBy ?? t.ClaimedBy);
            if (t.DecidedBy != officer) return TriageResult.Fail(TriageProblem.NotClaimedByYou, t.DecidedBy);
            t.Outcome = result.Outcome;
            t.OutcomeRevenue = result.AdditionalRevenue;
            t.SeizedGoods = result.Outcome == InspectionOutcome.Seizure ? result.SeizedGoods!.Trim() : null;
            t.Status = TriageStatus.Closed;
            t.ClosedAtUtc = Now;
            return null;
        }, new { outcome = result.Outcome.ToString(), result.AdditionalRevenue, result.SeizedGoods }, ct, async (db, t) =>
        {
            var declaration = await db.Declarations.SingleAsync(d => d.Id == declarationId, ct);
            declaration.Inspected = true;
            declaration.Illicit = result.Outcome != InspectionOutcome.NothingFound;
            declaration.AdditionalRevenue = result.AdditionalRevenue ?? 0;
            declaration.Version = Guid.NewGuid();
            if (result.Outcome == InspectionOutcome.Seizure)
            {
                caseNumber = await NextCaseNumberAsync(db, ct);
                var category = await db.TariffCodes.Where(c => c.Code == declaration.MainTariffCode).Select(c => c.GoodsCategory).FirstOrDefaultAsync(ct);
                db.Seizures.Add(new SeizureRecord
                {
                    CaseNumber = caseNumber,
                    Date = DateOnly.FromDateTime(Now),
                    OfficeId = declaration.OfficeId,
                    DeclarationId = declaration.Id,
                    ImporterId = declaration.ImporterId,
                    GoodsCategory = category ?? "other",
                    Description = t.SeizedGoods!,
                    Quantity = 1,
                    EstimatedValue = result.AdditionalRevenue ?? declaration.TotalCif,
                });
            }
        });
        // The label feeds the engine's importer/broker hit rates right away (when the engine is present).
        if (outcome.Succeeded && services.GetService<IRiskScoringService>() is { } scoring)
            await scoring.ObserveOutcomesAsync([declarationId], ct);
        return outcome.Succeeded && caseNumber is not null ? outcome with { SeizureCaseNumber = caseNumber } : outcome;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static async Task<string> NextCaseNumberAsync(WorkbenchDbContext db, CancellationToken ct)
    {
        var prefix = $"SZ-{DateTime.UtcNow:yyyy}-";
        var last = await db.Seizures.Where(s => s.CaseNumber.StartsWith(prefix)).OrderByDescending(s => s.CaseNumber).Select(s => s.CaseNumber).FirstOrDefaultAsync(ct);
        var next = last is not null && int.TryParse(last[prefix.Length..], out var n) ? n + 1 : 1;
        return $"{prefix}{next:D6}";
    }

    /// <summary>
    /// Loads the row, applies <paramref name="change"/> (null = go ahead, else the refusal), saves under the Version
    /// token in one transaction with <paramref name="alsoWrite"/>, then audits and publishes. A lost race reloads the row
    /// and reports who holds it now.
    /// </summary>
    private async Task<TriageResult> ChangeAsync(int declarationId, string user, string action, Func<DeclarationTriage, TriageResult?> change,
        object? details, CancellationToken ct, Func<WorkbenchDbContext, DeclarationTriage, Task>? alsoWrite = null)
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

        await audit.RecordAsync(AuditRecord.Decision(user, action, EntityType, declarationId.ToString(), details,
            triage.ModelVersion, new { score = triage.Score, recommendedChannel = triage.RecommendedChannel.ToString(), reason = triage.Reason.ToString() }), ct);
        await notifier.PublishAsync(RiskEvents.QueueTopic, RiskEvents.ItemChanged,
            new QueueItemChanged(declarationId, triage.Status.ToString(), triage.ClaimedBy), ct);
        return TriageResult.Ok(triage.Version);
    }
}
