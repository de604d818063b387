using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// Officers' channel decisions against the recommendation they were shown. Decisions without an officer (the demo
/// world's past inspections, chosen by the service's selection of the day) involve no AI and are left out.
/// </summary>
public sealed class RiskDecisionSource(IDbContextFactory<WorkbenchDbContext> factory) : IAiDecisionSource
{
    public string Feature => "risk";

    public async Task<IReadOnlyList<AiDecision>> DecisionsAsync(DateOnly since, CancellationToken ct)
    {
        var start = since.ToDateTime(TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await (from t in db.Set<DeclarationTriage>().AsNoTracking()
                          where t.DecidedChannel != null && t.DecidedBy != null && t.DecidedAtUtc >= start
                          join o in db.Offices on t.OfficeId equals o.Id
                          select new
                          {
                              t.DeclarationId, o.Code, t.DecidedBy, Version = t.ModelVersionAtDecision ?? t.ModelVersion, t.DecidedAtUtc,
                              Agreed = t.DecidedChannel == (t.RecommendedAtDecision ?? t.RecommendedChannel),
                          }).ToListAsync(ct);
        return rows.Select(r => new AiDecision(Feature, r.Code, r.DecidedBy!, r.Version, DateOnly.FromDateTime(r.DecidedAtUtc!.Value), r.Agreed,
            $"/risk/declarations/{r.DeclarationId}")).ToList();
    }
}
