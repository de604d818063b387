using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// The assistant's proposed actions: confirmed by the officer (agreed, whether or not carrying it out then succeeded)
/// or not taken up — there is no reject button, so a proposal still unconfirmed a day later counts as declined.
/// </summary>
public sealed class AssistantDecisionSource(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock) : IAiDecisionSource
{
    public static readonly TimeSpan DeclinedAfter = TimeSpan.FromDays(1);
    /// <summary>Proposals are not tied to a registered model version; they come from whichever assistant model answered.</summary>
    public const string ModelVersion = "assistant";

    public string Feature => "assistant";

    public async Task<IReadOnlyList<AiDecision>> DecisionsAsync(DateOnly since, CancellationToken ct)
    {
        var start = since.ToDateTime(TimeOnly.MinValue);
        var declinedBefore = clock.GetUtcNow().UtcDateTime - DeclinedAfter;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<AssistantProposal>().AsNoTracking()
            .Where(p => p.CreatedAtUtc >= start && (p.Status != ProposalStatus.Proposed || p.CreatedAtUtc < declinedBefore))
            .Select(p => new { p.UserName, p.TargetType, p.TargetId, p.Status, p.CreatedAtUtc, p.ConfirmedAtUtc }).ToListAsync(ct);
        var declarationIds = rows.Where(r => r.TargetType == "Declaration").Select(r => int.TryParse(r.TargetId, out var id) ? id : 0).Distinct().ToList();
        var offices = await db.Declarations.Where(d => declarationIds.Contains(d.Id)).Select(d => new { d.Id, d.Office!.Code }).ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        return rows.Select(r =>
        {
            var declaration = r.TargetType == "Declaration" && int.TryParse(r.TargetId, out var id) ? id : (int?)null;
            return new AiDecision(Feature, declaration is { } d ? offices.GetValueOrDefault(d, "—") : "—", r.UserName, ModelVersion,
                DateOnly.FromDateTime(r.ConfirmedAtUtc ?? r.CreatedAtUtc), r.Status != ProposalStatus.Proposed,
                declaration is { } link ? $"/risk/declarations/{link}" : "/assistant");
        }).ToList();
    }
}
