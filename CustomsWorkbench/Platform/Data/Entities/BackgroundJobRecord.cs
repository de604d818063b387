using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Platform.Data.Entities;

/// <summary>
/// One background job as the database keeps it, so the job list survives a restart and several servers sharing the
/// database run each job once. A server holds a queued or running job by a lease it keeps renewing; a lapsed lease
/// means that server stopped.
/// </summary>
public class BackgroundJobRecord
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public required string RequestedBy { get; set; }
    public JobStatus Status { get; set; }
    public double Fraction { get; set; }
    public string Message { get; set; } = "";
    public DateTime QueuedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public string? Result { get; set; }
    /// <summary>For model training: the model kind, from which any server can run the job again. Null: only the enqueuing process can run it.</summary>
    public string? ModelKind { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
}
