namespace CustomsWorkbench.Platform.Outbox;

/// <summary>
/// Something that happened and must reach every consumer, written in the same transaction as the change it announces.
/// A dispatcher claims it with a lease (so one server handles it), hands it to each consumer that has not had it yet,
/// and marks it completed once all have; completed messages are pruned after the retention period.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string Topic { get; set; }
    public required string PayloadJson { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>Not before this time (back-off after a failed attempt).</summary>
    public DateTime NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>The dispatcher holding the message until <see cref="LeaseUntilUtc"/>; a lapsed lease may be taken over.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
}

/// <summary>One consumer has handled one message; the key makes a second delivery record impossible.</summary>
public class OutboxDelivery
{
    public long MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTime DeliveredAtUtc { get; set; }
}
