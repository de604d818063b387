using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// Shadow mode for the risk model: the version a supervisor put in shadow scores the same arrivals, with the same
/// features and rules, and the planner's would-be channel is stored in <see cref="ShadowScore"/> — nothing else. The
/// queue, assessments and audit trail keep the active model's word.
/// </summary>
public sealed class RiskShadowScorer(ModelRegistry registry, IDbContextFactory<WorkbenchDbContext> factory, IOptions<RiskOptions> options,
    RiskRecordLoader loader, ILogger<RiskShadowScorer> logger) : IShadowSource
{
    private (string Version, RiskModel Model)? _loaded;

    public string Name => RiskEngine.ModelName;

    public async Task ScoreAsync(IReadOnlyList<RiskRecord> records, float[] features, BatchScores active, PlannedSelection[] activePlan,
        string activeVersion, IReadOnlyList<SelectivityRule> rules, CancellationToken ct)
    {
        var shadow = await registry.GetShadowAsync(Name, ct);
        if (shadow is null || records.Count == 0) return;
        RiskModel model;
        try
        {
            model = _loaded is { } l && l.Version == shadow.Version ? l.Model : RiskModel.Load(registry.ArtifactFullPath(shadow), shadow.Version);
            _loaded = (shadow.Version, model);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException)
        {
            logger.LogError(e, "Shadow risk model {Version} could not be loaded; arrivals are not shadow-scored", shadow.Version);
            return;
        }
        var scores = BatchScorer.Score(model, features, records.Count, options.Value.ProbabilityWeight);
        var plan = new SelectionPlanner(options.Value).Plan(scores.Candidates(records), rules, modelAvailable: true);
        var now = DateTime.UtcNow;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AddRange(records.Select((r, i) => new ShadowScore
        {
            ShadowVersion = shadow.Version, ActiveVersion = activeVersion, DeclarationId = r.Id, Date = r.Date, OfficeId = r.OfficeId,
            Score = Math.Round(scores.Score[i], 5), ActiveScore = Math.Round(active.Score[i], 5), Channel = plan[i].Channel,
            ActiveChannel = activePlan[i].Channel, ScoredAtUtc = now,
        }));
        await db.SaveChangesAsync(ct);
    }

    public async Task<ShadowSummary> SummaryAsync(ModelVersion shadow, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<ShadowScore>().AsNoTracking().Where(s => s.ShadowVersion == shadow.Version)
            .Select(s => new { s.DeclarationId, s.Channel, s.ActiveChannel }).ToListAsync(ct);
        // Outcomes arrive later: read the labels as they are now.
        var labels = (await loader.LoadAsync(rows.Select(r => r.DeclarationId).Distinct().ToList(), ct))
            .Where(r => r.Inspected && r.Illicit is not null).ToDictionary(r => r.Id, r => r.IsHit);
        static bool Selected(Channel c) => c != Channel.Green;
        (int Labelled, double? Precision) Precision(IEnumerable<int> ids)
        {
            var labelled = ids.Where(labels.ContainsKey).ToList();
            return (labelled.Count, labelled.Count == 0 ? null : (double)labelled.Count(id => labels[id]) / labelled.Count);
        }
        var shadowPicks = rows.Where(r => Selected(r.Channel)).Select(r => r.DeclarationId).ToList();
        var activePicks = rows.Where(r => Selected(r.ActiveChannel)).Select(r => r.DeclarationId).ToList();
        var (shadowLabelled, shadowPrecision) = Precision(shadowPicks);
        var (activeLabelled, activePrecision) = Precision(activePicks);
        return new ShadowSummary(shadow.Version, rows.Count,
            rows.Count == 0 ? 0 : (double)rows.Count(r => Selected(r.Channel) == Selected(r.ActiveChannel)) / rows.Count,
            shadowPicks.Count, activePicks.Count, shadowLabelled, shadowPrecision, activeLabelled, activePrecision);
    }
}
