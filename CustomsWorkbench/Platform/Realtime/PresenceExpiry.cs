namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// Sweeps presence leases nobody renewed (<see cref="PresenceTracker.ExpireAsync"/>): the backstop for a view whose
/// circuit vanished without its handlers running, so a colleague never stays "here" for longer than a lease.
/// </summary>
public sealed class PresenceExpiry(PresenceTracker tracker, TimeProvider clock, ILogger<PresenceExpiry> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PresenceTracker.RenewEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var expired = await tracker.ExpireAsync();
                    if (expired > 0) log.LogInformation("Presence: {Count} stale views expired", expired);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Presence expiry sweep failed; retrying at the next tick");
                }
            }
        }
        catch (OperationCanceledException) { }
    }
}
