using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

public sealed record ReviewItem(
    int DeclarationId, string Number, DateOnly Date, int ImporterId, string ImporterName, double Score, Channel RecommendedChannel, Channel DecidedChannel,
    string DecidedBy, DateTime? DecidedAtUtc, string? OverrideReason, string ModelVersion, ReviewStatus Review, string? ReviewedBy, string? ReviewNote, Guid Version);

/// <summary>How often officers followed the AI: decided items whose channel equals the recommendation they were shown.</summary>
public sealed record AgreementRate(string Key, int Decided, int Agreed)
{
    public double Rate => Decided == 0 ? 0 : (double)Agreed / Decided;
}

/// <summary>
/// The supervisor's review of human decisions against the AI: overrides and high-score releases wait here
/// (<see cref="ReviewStatus.Pending"/>) for sign-off or return; both are audited.
/// </summary>
public class ReviewService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit)
{
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(bool pendingOnly, int take = 200, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.Review != ReviewStatus.None && t.DecidedChannel != null).Where(TriageFinality.Settled);
        if (pendingOnly) q = q.Where(t => t.Review == ReviewStatus.Pending);
        return await (from t in q
                      join d in db.Declarations on t.DeclarationId equals d.Id
                      orderby t.DecidedAtUtc descending
                      select new ReviewItem(t.DeclarationId, d.Number, t.Date, d.ImporterId, d.Importer!.Name, t.Score, t.RecommendedAtDecision ?? t.RecommendedChannel,
                          t.DecidedChannel!.Value, t.DecidedBy!, t.DecidedAtUtc, t.OverrideReason, t.ModelVersionAtDecision ?? t.ModelVersion, t.Review, t.ReviewedBy, t.ReviewNote, t.Version))
            .Take(take).ToListAsync(ct);
    }

    public Task<IReadOnlyList<AgreementRate>> AgreementByOfficerAsync(CancellationToken ct = default) => AgreementAsync(t => t.DecidedBy!, ct);

    public Task<IReadOnlyList<AgreementRate>> AgreementByModelAsync(CancellationToken ct = default) => AgreementAsync(t => t.ModelVersionAtDecision ?? t.ModelVersion, ct);

    /// <summary>Signs off (<paramref name="approve"/>) or returns a decision to its officer with a note.</summary>
    public async Task<TriageResult> ReviewAsync(int declarationId, string supervisor, bool approve, string? note, Guid expectedVersion, CancellationToken ct = default)
    {
        new FieldCheck().Text("note", note, FieldLimits.Reason, multiline: true).ThrowIfAny();
        if (!approve && string.IsNullOrWhiteSpace(note)) return TriageResult.Fail(TriageProblem.ReasonRequired);
        await using var db = await factory.CreateDbContextAsync(ct);
        var t = await db.Set<DeclarationTriage>().SingleOrDefaultAsync(x => x.DeclarationId == declarationId, ct);
        if (t is null) return TriageResult.Fail(TriageProblem.NotInQueue);
        if (t.Version != expectedVersion) return TriageResult.Fail(TriageProblem.ChangedByOther, t.ReviewedBy ?? t.DecidedBy);
        // A release its officer may still undo is not up for review yet.
        if (t.Review == ReviewStatus.None || !TriageFinality.IsSettled(t)) return TriageResult.Fail(TriageProblem.WrongState);
        t.Review = approve ? ReviewStatus.SignedOff : ReviewStatus.Returned;
        t.ReviewedBy = supervisor;
        t.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        t.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TriageResult.Fail(TriageProblem.ChangedByOther);
        }
        await audit.RecordAsync(AuditRecord.Decision(supervisor, approve ? "review.sign-off" : "review.return", TriageService.EntityType, declarationId.ToString(),
            new { decidedBy = t.DecidedBy, decided = t.DecidedChannel?.ToString(), t.OverrideReason, note = t.ReviewNote },
            t.ModelVersion, new { score = t.Score, recommendedChannel = t.RecommendedChannel.ToString() }), ct);
        return TriageResult.Ok(t.Version);
    }

    private async Task<IReadOnlyList<AgreementRate>> AgreementAsync(System.Linq.Expressions.Expression<Func<DeclarationTriage, string>> key, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.DecidedChannel != null && t.DecidedBy != null)
            .GroupBy(key)
            .Select(g => new AgreementRate(g.Key, g.Count(), g.Count(t => t.DecidedChannel == (t.RecommendedAtDecision ?? t.RecommendedChannel))))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Decided).ToList();
    }
}
