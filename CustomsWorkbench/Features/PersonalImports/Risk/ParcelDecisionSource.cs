using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// Officers' desk decisions on scored parcels against what the desk advised when they decided: a closer look (hold,
/// inspect, refer) when the parcel risk score was at or above <see cref="ParcelRiskHealthMonitor.HighScore"/> (the line
/// the health monitor counts overrides by) or a flag had been raised on the parcel, clearing otherwise. The demo world's
/// past inspections (chosen by the service's selection of the day, before any model) and decisions on unscored parcels
/// involve no model and are left out.
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
            .Select(d => new
            {
                d.ParcelId, d.Parcel!.Office!.Code, d.DecidedBy, d.DecidedAtUtc, d.Action, Score = d.RiskScoreAtDecision!.Value, d.RiskModelVersionAtDecision,
                // Only flags the officer could have seen: a misuse report arriving later is not advice they ignored.
                Flagged = d.Parcel.Flags.Any(f => f.RaisedAtUtc <= d.DecidedAtUtc),
            })
            .ToListAsync(ct);
        return rows.Select(r => new AiDecision(Feature, r.Code, r.DecidedBy, r.RiskModelVersionAtDecision ?? "—",
            DateOnly.FromDateTime(r.DecidedAtUtc), Agrees(r.Action, r.Score, r.Flagged), $"/parcels/{r.ParcelId}")).ToList();
    }

    /// <summary>The desk advises a closer look for a high score or a flag: holding, inspecting or referring follows that
    /// advice, clearing follows its absence.</summary>
    public static bool Agrees(ParcelAction action, double score, bool flagged) =>
        (action != ParcelAction.Clear) == (score >= ParcelRiskHealthMonitor.HighScore || flagged);
}
