using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Outbox;

/// <summary>
/// Catches up on start-up (messages left by a crash, a cancelled request or a CLI import whose consumer failed), then
/// polls for retries and lapsed leases, and prunes old completed messages now and then.
/// </summary>
public sealed class OutboxWorker(OutboxDispatcher dispatcher, OutboxPruner pruner, IOptions<OutboxOptions> options, TimeProvider clock,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPrune = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var completed = await dispatcher.DispatchDueAsync(stoppingToken);
                if (completed > 0) logger.LogInformation("Outbox: {Count} messages delivered in the background", completed);
                if (clock.GetUtcNow() - lastPrune >= PruneEvery)
                {
                    lastPrune = clock.GetUtcNow();
                    var pruned = await pruner.PruneAsync(stoppingToken);
                    if (pruned > 0) logger.LogInformation("Outbox: {Count} completed messages pruned", pruned);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be busy or briefly unavailable; the next poll tries again.
                logger.LogWarning(e, "Outbox dispatch failed; retrying at the next poll");
            }
            try { await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
