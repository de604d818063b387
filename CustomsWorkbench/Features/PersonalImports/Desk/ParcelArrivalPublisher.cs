using CustomsWorkbench.Platform.Realtime;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>Tells open parcel queues that parcels arrived (a count), so they offer to show them without a reload.</summary>
public sealed class ParcelArrivalPublisher(IRealtimeNotifier notifier) : IParcelArrivalSink
{
    public Task OnParcelsArrivedAsync(IReadOnlyList<int> parcelIds, CancellationToken ct) =>
        notifier.PublishAsync(ParcelDeskEvents.QueueTopic, ParcelDeskEvents.Arrived, parcelIds.Count, ct);
}
