using CustomsWorkbench.Components.Shared;
using QueryString = CustomsWorkbench.Components.Shared.QueryString;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>Links between the parcel queue and a parcel that carry the queue's view, for "next item" and "back".</summary>
public static class ParcelQueueLinks
{
    public static string Parcel(int parcelId, ParcelQueueFilter filter) => $"{RecordHrefs.Parcel(parcelId)}{QueryString.From(filter)}";

    public static string Queue(ParcelQueueFilter filter) => $"parcels/queue{QueryString.From(filter)}";

    /// <summary>The view a parcel was opened from; the queue's default view when the link carried none.</summary>
    public static ParcelQueueFilter FilterOf(string uri) => QueryString.ParseUri<ParcelQueueFilter>(uri);
}
