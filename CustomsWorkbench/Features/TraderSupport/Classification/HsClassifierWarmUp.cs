using CustomsWorkbench.Platform.Models;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// Trains (or loads) the active HS classifier in the background when the web app starts, so a fresh workbench lists it
/// in the model catalogue with an active version and the first classification does not wait for training.
/// </summary>
public sealed class HsClassifierWarmUp(TariffClassifier classifier, IOptions<ModelsOptions> options, ILogger<HsClassifierWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.TrainFirstVersionsOnStart) return;
        try
        {
            await Task.Yield();
            await classifier.EngineAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // The first classification trains again; the app serves meanwhile.
            logger.LogError(e, "The HS classifier could not be prepared at start");
        }
    }
}
