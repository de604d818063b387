namespace CustomsWorkbench.Platform.Models;

/// <summary>Settings of the background job runner (section Workbench:Jobs).</summary>
public sealed class BackgroundJobsOptions
{
    public const string Section = "Workbench:Jobs";

    /// <summary>Finished jobs kept at most (newest first); older ones are deleted.</summary>
    public int KeepFinished { get; set; } = 200;
    /// <summary>Finished jobs older than this many days are deleted.</summary>
    public double KeepDays { get; set; } = 30;
    /// <summary>How often the runner looks for jobs queued by other servers or left by a stopped one.</summary>
    public double PollSeconds { get; set; } = 5;
    /// <summary>How long a server holds a queued or running job without renewing before others treat it as stopped.</summary>
    public double LeaseSeconds { get; set; } = 60;
}
