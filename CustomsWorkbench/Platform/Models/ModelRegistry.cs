using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Models;

public sealed record NewModelVersion(
    string ModelName, string CreatedBy, string ArtifactPath, string MetricsJson, string FeatureImportanceJson,
    DateOnly? TrainedFrom = null, DateOnly? TrainedTo = null, int TrainingRows = 0, string? Notes = null);

/// <summary>The model registry: versions, their metrics, and which one is active. Promotion is audited.</summary>
public class ModelRegistry(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, IOptions<WorkbenchOptions> options)
{
    /// <summary>Where model files live: {DataFolder}/models/{modelName}/.</summary>
    public string ArtifactFolder(string modelName)
    {
        var folder = Path.Combine(options.Value.ResolveDataFolder(), "models", modelName);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public string ArtifactFullPath(ModelVersion version) =>
        Path.Combine(options.Value.ResolveDataFolder(), "models", version.ArtifactPath);

    /// <summary>Stores a newly trained model as a candidate. With <paramref name="activateIfNone"/>, the very first model of a name becomes active (no one to compare with yet).</summary>
    public async Task<ModelVersion> RegisterCandidateAsync(NewModelVersion model, bool activateIfNone = false, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Two trainings of one kind may finish together (start-up warm-up and a scheduled or manual run): the unique
        // (name, version) index decides, and the loser numbers itself again and re-reads whether an active version exists.
        for (var attempt = 1; ; attempt++)
        {
            var prefix = $"{model.ModelName}-{DateTime.UtcNow:yyyyMMdd}-";
            var version = NewVersion(model, activateIfNone,
                await db.Set<ModelVersion>().CountAsync(v => v.ModelName == model.ModelName && v.Version.StartsWith(prefix), ct),
                await db.Set<ModelVersion>().AnyAsync(v => v.ModelName == model.ModelName && v.Status == ModelStatus.Active, ct));
            db.Add(version);
            try
            {
                await db.SaveChangesAsync(ct);
                return await RecordedAsync(model, version, ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.Entry(version).State = EntityState.Detached;
            }
        }
    }

    private static ModelVersion NewVersion(NewModelVersion model, bool activateIfNone, int sameDay, bool hasActive)
    {
        var activate = activateIfNone && !hasActive;
        return new ModelVersion
        {
            ModelName = model.ModelName,
            Version = $"{model.ModelName}-{DateTime.UtcNow:yyyyMMdd}-{sameDay + 1}",
            Status = activate ? ModelStatus.Active : ModelStatus.Candidate,
            CreatedAtUtc = DateTime.UtcNow,
            CreatedBy = model.CreatedBy,
            ArtifactPath = model.ArtifactPath,
            MetricsJson = model.MetricsJson,
            FeatureImportanceJson = model.FeatureImportanceJson,
            TrainedFrom = model.TrainedFrom,
            TrainedTo = model.TrainedTo,
            TrainingRows = model.TrainingRows,
            Notes = model.Notes,
            PromotedAtUtc = activate ? DateTime.UtcNow : null,
            PromotedBy = activate ? model.CreatedBy : null,
        };
    }

    private async Task<ModelVersion> RecordedAsync(NewModelVersion model, ModelVersion version, CancellationToken ct)
    {
        await audit.RecordAsync(new AuditRecord(model.CreatedBy, version.Status == ModelStatus.Active ? "model.registered-active" : "model.registered",
            "ModelVersion", version.Version, version.Version, null, model.MetricsJson), ct);
        return version;
    }

    public async Task<ModelVersion?> GetActiveAsync(string modelName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ModelVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.ModelName == modelName && v.Status == ModelStatus.Active, ct);
    }

    public async Task<IReadOnlyList<ModelVersion>> ListAsync(string modelName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ModelVersion>().AsNoTracking().Where(v => v.ModelName == modelName).OrderByDescending(v => v.Id).ToListAsync(ct);
    }

    /// <summary>Every version of every model name, newest first.</summary>
    public async Task<IReadOnlyList<ModelVersion>> ListAllAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ModelVersion>().AsNoTracking().OrderByDescending(v => v.Id).ToListAsync(ct);
    }

    public async Task<ModelVersion?> FindAsync(string modelName, string version, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ModelVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.ModelName == modelName && v.Version == version, ct);
    }

    /// <summary>The version in shadow mode for this model name, if any.</summary>
    public async Task<ModelVersion?> GetShadowAsync(string modelName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ModelVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.ModelName == modelName && v.Status == ModelStatus.Shadow, ct);
    }

    /// <summary>
    /// Makes a version active and retires the previous one, in one transaction. A candidate or shadow is a promotion;
    /// a retired version is a rollback to it.
    /// </summary>
    public async Task<ModelVersion> PromoteAsync(int versionId, string supervisor, string? reason = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var candidate = await db.Set<ModelVersion>().SingleOrDefaultAsync(v => v.Id == versionId, ct)
            ?? throw new InvalidOperationException($"Model version {versionId} does not exist.");
        ModelLifecycle.EnsureCanMove(candidate, ModelStatus.Active);
        var rollback = candidate.Status == ModelStatus.Retired;
        var previous = await db.Set<ModelVersion>().Where(v => v.ModelName == candidate.ModelName && v.Status == ModelStatus.Active).ToListAsync(ct);
        foreach (var old in previous) old.Status = ModelStatus.Retired;
        candidate.Status = ModelStatus.Active;
        candidate.PromotedAtUtc = DateTime.UtcNow;
        candidate.PromotedBy = supervisor;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await audit.RecordAsync(new AuditRecord(supervisor, rollback ? "model.rolled-back" : "model.promoted", "ModelVersion", candidate.Version, candidate.Version, null,
            AuditRecord.Json(new { model = candidate.ModelName, replaced = previous.Select(p => p.Version), reason })), ct);
        return candidate;
    }

    /// <summary>The version to roll back to: the most recently active one before the current.</summary>
    public async Task<ModelVersion?> RollbackTargetAsync(string modelName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ModelVersion>().AsNoTracking()
            .Where(v => v.ModelName == modelName && v.Status == ModelStatus.Retired && v.PromotedAtUtc != null)
            .OrderByDescending(v => v.PromotedAtUtc).ThenByDescending(v => v.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Puts a candidate in shadow mode (any other shadow of the model returns to candidate), or takes it out.</summary>
    public async Task<ModelVersion> SetShadowAsync(int versionId, bool shadow, string supervisor, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var version = await db.Set<ModelVersion>().SingleOrDefaultAsync(v => v.Id == versionId, ct)
            ?? throw new InvalidOperationException($"Model version {versionId} does not exist.");
        var target = shadow ? ModelStatus.Shadow : ModelStatus.Candidate;
        ModelLifecycle.EnsureCanMove(version, target);
        if (shadow)
        {
            var others = await db.Set<ModelVersion>().Where(v => v.ModelName == version.ModelName && v.Status == ModelStatus.Shadow).ToListAsync(ct);
            foreach (var other in others) other.Status = ModelStatus.Candidate;
        }
        version.Status = target;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await audit.RecordAsync(new AuditRecord(supervisor, shadow ? "model.shadow-started" : "model.shadow-stopped", "ModelVersion", version.Version, version.Version, null,
            AuditRecord.Json(new { model = version.ModelName })), ct);
        return version;
    }
}
