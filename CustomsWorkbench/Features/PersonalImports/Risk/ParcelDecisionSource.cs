using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// Officers' desk decisions on scored parcels against the parcel risk score they were shown: the model speaks for a
/// closer look (hold, inspect, refer) at or above <see cref="ParcelRiskHealthMonitor.HighScore"/> and for clearing below
/// it, the same line the health monitor counts overrides by. The demo world's past inspections (chosen by the service's
/// selection of the day, before any model) and decisions on unscored parcels involve no AI and are left out.
/// </summary>
public sealed class ParcelDecisionSource(IDbContextFactory<WorkbenchDbContext> factory) : IAiDecisionSource
{
    public string Feature => "parcel";

    public async Task<IReadOnlyList<AiDecision>> DecisionsAsync(DateOnly since, CancellationToken ct)
    {
        var start = since.ToDateTime(TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.ParcelDecisions.AsNoTracking()
            .Where(d => d.Source != RecordSource.Demo && d.DecidedAtUtc >= start && d.RiskScoreAtDecision != null)
            .Select(d => new { d.ParcelId, d.Parcel!.Office!.Code, d.DecidedBy, d.DecidedAtUtc, d.Action, Score = d.RiskScoreAtDecision!.Value, d.RiskModelVersionAtDecision })
            .ToListAsync(ct);
        return rows.Select(r => new AiDecision(Feature, r.Code, r.DecidedBy, r.RiskModelVersionAtDecision ?? "—",
            DateOnly.FromDateTime(r.DecidedAtUtc), Agrees(r.Action, r.Score), $"/parcels/{r.ParcelId}")).ToList();
    }

    /// <summary>Clearing follows a low score; holding, inspecting or referring follows a high one.</summary>
    public static bool Agrees(ParcelAction action, double score) => (action == ParcelAction.Clear) == (score < ParcelRiskHealthMonitor.HighScore);
}
