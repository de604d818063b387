using System.Data.Common;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// Scores parcels with the active parcel risk model and stores RiskScore, RiskModelVersion and the inputs that moved the
/// score most (RiskTopContributions): in batch (start-up, promotion, rollback) and for arrivals. Reloads the model whenever the registry's active version changes, so every server
/// scores with the promoted version. Without an active model nothing is scored (the score stays empty, not zero).
/// </summary>
public sealed class ParcelRiskScorer(ParcelRiskData data, ModelRegistry registry, IDbContextFactory<WorkbenchDbContext> factory)
{
    public const string ModelName = "parcel-risk";
    public const int ExplanationTop = ParcelRiskTopContributions.Top;
    private const int ScoringChunk = 20_000;
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

    /// <summary>
    /// The parcel's stored score, the model version that gave it and the inputs that moved it most (chosen when it was
    /// scored, so opening a parcel computes nothing); null for an unknown parcel or one not scored yet.
    /// </summary>
    public async Task<ParcelRiskExplanation?> ExplainAsync(int parcelId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var stored = await db.Parcels.AsNoTracking().Where(p => p.Id == parcelId && p.RiskScore != null && p.RiskModelVersion != null)
            .Select(p => new { Score = p.RiskScore!.Value, Version = p.RiskModelVersion!, p.RiskTopContributions }).SingleOrDefaultAsync(ct);
        return stored is null ? null
            : new ParcelRiskExplanation(parcelId, stored.Score, stored.Version, ParcelRiskTopContributions.Decode(stored.RiskTopContributions));
    }

    /// <summary>Scores and explains the rows in chunks (bounded memory at a million parcels) and stores both in one transaction.</summary>
    private async Task<int> StoreAsync(ParcelRiskModel model, ParcelRiskDataset dataset, bool staleOnly, CancellationToken ct)
    {
        if (dataset.Records.Count == 0) return 0;
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = tx.GetDbTransaction();
        // @-named parameters: both SQLite and Npgsql bind them. Only the score columns: the desk's concurrency token (DeskVersion) is for officers' decisions, not for scoring.
        command.CommandText = "UPDATE \"Parcels\" SET \"RiskScore\" = @score, \"RiskModelVersion\" = @version, \"RiskTopContributions\" = @top WHERE \"Id\" = @id"
            + (staleOnly ? " AND (\"RiskModelVersion\" IS NULL OR \"RiskModelVersion\" <> @version)" : "");
        var score = Parameter(command, "@score");
        var version = Parameter(command, "@version");
        var top = Parameter(command, "@top");
        var id = Parameter(command, "@id");
        version.Value = model.Version;
        var updated = 0;
        for (var first = 0; first < dataset.Records.Count; first += ScoringChunk)
        {
            var count = Math.Min(ScoringChunk, dataset.Records.Count - first);
            var scores = model.Predict(dataset.Features, first, count);
            var contributions = model.Contributions(dataset.Features, first, count);
            for (var i = 0; i < count; i++)
            {
                score.Value = Math.Round((double)scores[i], 4);
                top.Value = ParcelRiskTopContributions.Encode(dataset.Row(first + i), contributions.AsSpan(i * ParcelRiskFeatures.Count, ParcelRiskFeatures.Count));
                id.Value = dataset.Records[first + i].Id;
                updated += await command.ExecuteNonQueryAsync(ct);
            }
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
