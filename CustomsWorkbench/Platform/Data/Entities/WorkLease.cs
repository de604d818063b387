namespace CustomsWorkbench.Platform.Data.Entities;

/// <summary>
/// Who runs a piece of work that must run once across all servers (the demo arrivals feed, the retraining schedule).
/// The holder renews it while it works; a lapsed lease means its server stopped, and another may take over.
/// </summary>
public class WorkLease
{
    public const int NameLength = 64, HolderLength = 200;

    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime HeldUntilUtc { get; set; }
}
