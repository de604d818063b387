namespace CustomsWorkbench.Platform.Outbox;

/// <summary>The "Workbench:Outbox" configuration section.</summary>
public class OutboxOptions
{
    public const string Section = "Workbench:Outbox";

    /// <summary>How often the background dispatcher looks for messages that are due (retries, another server's lapsed lease).</summary>
    public double PollSeconds { get; set; } = 5;
    /// <summary>First retry delay after a failed delivery; doubled on every further failure up to <see cref="MaxRetrySeconds"/>.</summary>
    public double RetrySeconds { get; set; } = 2;
    public double MaxRetrySeconds { get; set; } = 300;
    /// <summary>How long a claimed message stays with its dispatcher (renewed before each consumer) before another may take it.</summary>
    public double LeaseSeconds { get; set; } = 600;
    /// <summary>Completed messages are deleted after this many days.</summary>
    public double RetentionDays { get; set; } = 7;

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetrySeconds, RetrySeconds * Math.Pow(2, Math.Max(0, attempts - 1))));
}
