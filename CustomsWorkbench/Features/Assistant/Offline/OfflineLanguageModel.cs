using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The offline engine's trained parts: the intent classifier (trained once per process from the shipped utterances) and
/// the importer names for slot matching (reloaded every few minutes so new importers are recognised).
/// A failed training is not kept: the next question trains again.
/// </summary>
public sealed class OfflineLanguageModel(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock, ModelRegistry registry,
    AssistantIntentKind kind, ILogger<OfflineLanguageModel> logger)
{
    private static readonly TimeSpan ImporterRefresh = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (IntentClassifier Classifier, string Version)? current;
    private (SlotExtractor Extractor, DateTimeOffset LoadedAt)? slots;

    /// <summary>The registry's active intent classifier (trained and registered on first need); a promotion or rollback is picked up on the next question.</summary>
    public async Task<IntentClassifier> ClassifierAsync()
    {
        var active = await registry.GetActiveAsync(AssistantIntentKind.ModelName);
        if (current is { } c && c.Version == active?.Version) return c.Classifier;
        await gate.WaitAsync();
        try
        {
            active ??= await registry.GetActiveAsync(AssistantIntentKind.ModelName)
                ?? await kind.TrainAsync("system", new Platform.InlineProgress<JobProgress>(_ => { }), CancellationToken.None);
            if (current is { } again && again.Version == active!.Version) return again.Classifier;
            try
            {
                current = (await Task.Run(() => IntentClassifier.Load(registry.ArtifactFullPath(active!))), active!.Version);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or ArgumentException)
            {
                // An unreadable file must not silence the assistant: the shipped settings retrain in seconds.
                logger.LogError(e, "Intent classifier {Version} could not be loaded; training the shipped settings", active!.Version);
                current = (await Task.Run(IntentClassifier.TrainShipped), active.Version);
            }
            return current.Value.Classifier;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<SlotExtractor> SlotsAsync(CancellationToken ct)
    {
        if (slots is { } s && clock.GetUtcNow() - s.LoadedAt < ImporterRefresh) return s.Extractor;
        await using var db = await factory.CreateDbContextAsync(ct);
        var importers = await db.Importers.AsNoTracking().Select(i => new KnownImporter(i.Code, i.Name)).ToListAsync(ct);
        var extractor = new SlotExtractor(importers);
        slots = (extractor, clock.GetUtcNow());
        return extractor;
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}

/// <summary>Starts training in the background when the web app starts, so the first question does not wait for it.</summary>
public sealed class OfflineModelWarmUp(OfflineLanguageModel model, Microsoft.Extensions.Options.IOptions<AssistantOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.UsesLlm) _ = model.ClassifierAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
