namespace CustomsWorkbench.Platform.Hosting;

/// <summary>
/// A background service that does one piece of work at a fixed interval. A failed poll is logged and retried at the next
/// tick rather than stopping the service, because the work (catching up, re-checking) is safe to repeat.
/// </summary>
public abstract class PollingService(TimeSpan interval, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    protected abstract Task PollAsync(CancellationToken ct);

    /// <summary>What the log says when a poll fails.</summary>
    protected abstract string FailureMessage { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogWarning(e, "{Failure}", FailureMessage);
            }
        }
    }
}
