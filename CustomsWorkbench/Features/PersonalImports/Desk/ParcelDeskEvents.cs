namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>The parcel queue's live topic: parcels arrived (a count), and a parcel's claim or status changed.</summary>
public static class ParcelDeskEvents
{
    public const string QueueTopic = "parcel-queue";
    public const string Arrived = "parcels-arrived";
    public const string ItemChanged = "parcel-changed";
}

/// <summary>Payload of <see cref="ParcelDeskEvents.ItemChanged"/>: enough to update an open queue row in place.</summary>
public sealed record ParcelQueueItemChanged(int ParcelId, string Status, string? ClaimedBy, string? ChangedBy);
