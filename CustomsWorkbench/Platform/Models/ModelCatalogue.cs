namespace CustomsWorkbench.Platform.Models;

/// <summary>One kind in the catalogue: its card, versions (newest first) and the active version's figures.</summary>
public sealed record CatalogueEntry(IModelKind Kind, IReadOnlyList<ModelVersion> Versions)
{
    public ModelVersion? Active => Versions.FirstOrDefault(v => v.Status == ModelStatus.Active);
    public ModelVersion? Shadow => Versions.FirstOrDefault(v => v.Status == ModelStatus.Shadow);
    public ModelEvaluation ActiveEvaluation => Active is { } a ? Kind.Evaluate(a) : ModelEvaluation.Empty;
}

/// <summary>Thrown for a kind or version the catalogue does not know; the message says what exists.</summary>
public sealed class ModelCatalogueException(string message) : InvalidOperationException(message);

/// <summary>
/// Every registered model kind over the one registry: listing, training as a background job, promotion and rollback.
/// Holds no code of any particular kind; features plug theirs in with AddModelKind.
/// </summary>
public sealed class ModelCatalogue(IEnumerable<IModelKind> kinds, ModelRegistry registry, BackgroundJobs jobs)
{
    private readonly IReadOnlyList<IModelKind> _kinds = kinds.GroupBy(k => k.Name).Select(g => g.First()).OrderBy(k => k.Name).ToList();

    public IReadOnlyList<IModelKind> Kinds => _kinds;

    /// <summary>The background job kind of a model kind's training ("risk-training", …).</summary>
    public static string TrainingJobKind(string kind) => $"{kind}-training";

    public IModelKind Kind(string name) => _kinds.FirstOrDefault(k => k.Name == name)
        ?? throw new ModelCatalogueException($"Unknown model kind '{name}'. Known kinds: {string.Join(", ", _kinds.Select(k => k.Name))}.");

    public async Task<IReadOnlyList<CatalogueEntry>> ListAsync(CancellationToken ct = default)
    {
        var all = await registry.ListAllAsync(ct);
        return _kinds.Select(k => new CatalogueEntry(k, all.Where(v => v.ModelName == k.Name).ToList())).ToList();
    }

    public async Task<CatalogueEntry> GetAsync(string kind, CancellationToken ct = default)
    {
        var k = Kind(kind);
        return new CatalogueEntry(k, await registry.ListAsync(k.Name, ct));
    }

    /// <summary>Makes the version active (a retired one: rollback to it) once its files are shown to load.</summary>
    public async Task<ModelVersion> PromoteAsync(string kind, string version, string user, string? reason, CancellationToken ct = default)
    {
        var k = Kind(kind);
        var target = await registry.FindAsync(k.Name, version, ct)
            ?? throw new ModelCatalogueException($"{k.Name} has no version '{version}'.");
        ModelLifecycle.EnsureCanMove(target, ModelStatus.Active);
        await LoadOrExplainAsync(k, target, ct);
        return await registry.PromoteAsync(target.Id, user, reason, ct);
    }

    /// <summary>Re-activates the version that was active before the current one.</summary>
    public async Task<ModelVersion> RollbackAsync(string kind, string user, string? reason, CancellationToken ct = default)
    {
        var k = Kind(kind);
        var target = await registry.RollbackTargetAsync(k.Name, ct)
            ?? throw new ModelCatalogueException($"{k.Name} has no earlier active version to roll back to.");
        await LoadOrExplainAsync(k, target, ct);
        return await registry.PromoteAsync(target.Id, user, reason, ct);
    }

    /// <summary>Trains a candidate of the kind in the background (one at a time per kind).</summary>
    public JobState StartTraining(string kind, string user)
    {
        var k = Kind(kind);
        var jobKind = TrainingJobKind(k.Name);
        if (jobs.List(jobKind).FirstOrDefault(j => j.Status is JobStatus.Queued or JobStatus.Running) is { } running) return running;
        return jobs.Enqueue(jobKind, user, TrainingWork(k.Name, user), modelKind: k.Name);
    }

    /// <summary>The work of a training job, also for re-running one recorded before a restart.</summary>
    public JobWork TrainingWork(string kind, string user)
    {
        var k = Kind(kind);
        return async (progress, ct) => TrainingResult(await k.TrainAsync(user, progress, ct));
    }

    public static string TrainingResult(ModelVersion? version) => version is null
        ? "Too little data to train a model."
        : $"{version.Version} registered as {version.Status.ToString().ToLowerInvariant()}";

    private static async Task LoadOrExplainAsync(IModelKind kind, ModelVersion version, CancellationToken ct)
    {
        try
        {
            await kind.LoadAsync(version, ct);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new ModelCatalogueException($"{version.Version} cannot be loaded ({e.Message}); it was not made active.");
        }
    }
}
