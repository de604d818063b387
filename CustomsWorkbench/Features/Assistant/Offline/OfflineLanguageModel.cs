using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The offline engine's trained parts: the intent classifier (trained once per process from the shipped utterances) and
/// the importer names for slot matching (reloaded every few minutes so new importers are recognised).
/// A failed training is not kept: the next question trains again.
/// </summary>
/// <param name="train">How the classifier is trained (the shipped utterances unless a test says otherwise).</param>
public sealed class OfflineLanguageModel(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock, Func<IntentClassifier>? train = null)
{
    private static readonly TimeSpan ImporterRefresh = TimeSpan.FromMinutes(5);
    private readonly RetryingLazy<IntentClassifier> classifier = new(() => Task.Run(train ?? IntentClassifier.TrainShipped));
    private (SlotExtractor Extractor, DateTimeOffset LoadedAt)? slots;

    public Task<IntentClassifier> ClassifierAsync() => classifier.GetAsync();

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
