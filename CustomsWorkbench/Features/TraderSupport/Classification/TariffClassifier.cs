using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// <see cref="ITariffClassifier"/> on the catalogue's active hs-classifier version (trained and registered on first need);
/// a promotion or rollback is picked up on the next request.
/// </summary>
public sealed class TariffClassifier(ModelRegistry registry, HsClassifierKind kind, ILogger<TariffClassifier> logger) : ITariffClassifier
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (HsClassifierEngine Engine, string Version)? current;

    public async Task<ClassificationResult> ClassifyAsync(ClassificationRequest request, CancellationToken ct = default)
    {
        if (ClassificationRequestRules.Problems(request) is { } problems)
            throw new ArgumentException(string.Join("; ", problems.Select(p => $"{p.Key} {string.Join(", ", p.Value)}")), nameof(request));
        var (engine, version) = await EngineAsync(ct);
        var ranking = engine.Rank(ClassificationRequestRules.QueryText(request));
        return new ClassificationResult(SuggestionBuilder.Build(engine, ranking), version);
    }

    /// <summary>The active version's engine, loaded once per version.</summary>
    public async Task<(HsClassifierEngine Engine, string Version)> EngineAsync(CancellationToken ct)
    {
        var active = await registry.GetActiveAsync(HsClassifierKind.ModelName, ct);
        if (current is { } c && c.Version == active?.Version) return c;
        await gate.WaitAsync(ct);
        try
        {
            active ??= await registry.GetActiveAsync(HsClassifierKind.ModelName, ct)
                ?? await kind.TrainAsync("system", new Platform.InlineProgress<JobProgress>(_ => { }), ct)
                ?? throw new InvalidOperationException("The HS classifier could not be trained.");
            if (current is { } again && again.Version == active.Version) return again;
            logger.LogInformation("Loading HS classifier {Version}", active.Version);
            var engine = await Task.Run(() => HsClassifierFiles.Load(registry.ArtifactFullPath(active)), ct);
            current = (engine, active.Version);
            return current.Value;
        }
        finally
        {
            gate.Release();
        }
    }
}
