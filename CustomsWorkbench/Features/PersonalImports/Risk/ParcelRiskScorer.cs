using System.Data.Common;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// Scores parcels with the active parcel risk model and stores RiskScore and RiskModelVersion: in batch (start-up,
/// promotion) and for arrivals. Reloads the model whenever the registry's active version changes, so every server
/// scores with the promoted version. Without an active model nothing is scored (the score stays empty, not zero).
/// </summary>
public sealed class ParcelRiskScorer(ParcelRiskData data, ModelRegistry registry, IDbContextFactory<WorkbenchDbContext> factory)
{
    public const string ModelName = "parcel-risk";
    public const int ExplanationTop = 8;
    private readonly SemaphoreSlim _load = new(1, 1);
    private ParcelRiskModel? _model;

    /// <summary>The active model, loaded once per version; null when none is active.</summary>
    public async Task<ParcelRiskModel?> ActiveModelAsync(CancellationToken ct)
    {
        var active = await registry.GetActiveAsync(ModelName, ct);
        if (active is null) return null;
        if (_model?.Version == active.Version) return _model;
        await _load.WaitAsync(ct);
        try
        {
            if (_model?.Version != active.Version) _model = ParcelRiskModel.Load(registry.ArtifactFullPath(active), active.Version);
            return _model;
        }
        finally
        {
            _load.Release();
        }
    }

    /// <summary>Scores every stored parcel not yet scored by the active version; returns how many were scored.</summary>
    public async Task<int> ScoreStaleAsync(IProgress<JobProgress>? progress, CancellationToken ct)
    {
        var model = await ActiveModelAsync(ct);
        if (model is null) return 0;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (!await db.Parcels.AnyAsync(p => p.RiskModelVersion == null || p.RiskModelVersion != model.Version, ct)) return 0;
        }
        progress?.Report(new JobProgress(0.1, "Computing parcel features"));
        var dataset = await data.LoadAllAsync(ct);
        progress?.Report(new JobProgress(0.6, $"Scoring {dataset.Records.Count:N0} parcels with {model.Version}"));
        return await StoreAsync(model, dataset, staleOnly: true, ct);
    }

    /// <summary>Scores the given parcels (arrivals); a repeat scores them again with the same result.</summary>
    public async Task<int> ScoreAsync(IReadOnlyList<int> parcelIds, CancellationToken ct)
    {
        var model = await ActiveModelAsync(ct);
        if (model is null || parcelIds.Count == 0) return 0;
        return await StoreAsync(model, await data.LoadForAsync(parcelIds, ct), staleOnly: false, ct);
    }

    /// <summary>The parcel's score and its top contributions under the active model; null without a model or parcel.</summary>
    public async Task<ParcelRiskExplanation?> ExplainAsync(int parcelId, CancellationToken ct)
    {
        var model = await ActiveModelAsync(ct);
        if (model is null) return null;
        var dataset = await data.LoadForAsync([parcelId], ct);
        if (dataset.Records.Count == 0) return null;
        var score = model.Predict(dataset.Features, 0, 1)[0];
        var contributions = model.Contributions(dataset.Features, 0, 1);
        var features = dataset.Row(0).ToArray();
        var top = Enumerable.Range(0, ParcelRiskFeatures.Count)
            .Where(f => Math.Abs(contributions[f]) >= 1e-4)
            .OrderByDescending(f => Math.Abs(contributions[f])).Take(ExplanationTop)
            .Select(f =>
            {
                var (en, ko) = ParcelRiskFeatures.Label(f, features[f]);
                // JSON and the chart have no NaN: a missing value (no peers) is shown as 0 and the label says so.
                var value = float.IsFinite(features[f]) ? Math.Round(features[f], 4) : 0;
                return new ParcelRiskContribution(ParcelRiskFeatures.Names[f], en, ko, value, Math.Round(contributions[f], 4));
            }).ToList();
        return new ParcelRiskExplanation(parcelId, Math.Round(score, 4), model.Version, top);
    }

    private async Task<int> StoreAsync(ParcelRiskModel model, ParcelRiskDataset dataset, bool staleOnly, CancellationToken ct)
    {
        if (dataset.Records.Count == 0) return 0;
        var scores = model.Predict(dataset.Features, 0, dataset.Records.Count);
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = tx.GetDbTransaction();
        // Only the score columns: the desk's concurrency token (DeskVersion) is for officers' decisions, not for scoring.
        command.CommandText = "UPDATE \"Parcels\" SET \"RiskScore\" = $score, \"RiskModelVersion\" = $version WHERE \"Id\" = $id"
            + (staleOnly ? " AND (\"RiskModelVersion\" IS NULL OR \"RiskModelVersion\" <> $version)" : "");
        var score = Parameter(command, "$score");
        var version = Parameter(command, "$version");
        var id = Parameter(command, "$id");
        version.Value = model.Version;
        var updated = 0;
        for (var i = 0; i < dataset.Records.Count; i++)
        {
            score.Value = Math.Round((double)scores[i], 4);
            id.Value = dataset.Records[i].Id;
            updated += await command.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return updated;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
