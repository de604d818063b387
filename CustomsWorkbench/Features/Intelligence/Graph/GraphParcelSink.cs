using CustomsWorkbench.Features.PersonalImports;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>
/// Puts manifest-imported parcels into the graph as soon as their import commits (recipient, customs code, phone,
/// address, sender), instead of on the watcher's next poll, so a code flagged for misuse can be opened in the explorer
/// straight away. The watcher's catch-up reads every parcel above the last one patched, so a repeat does nothing.
/// </summary>
public sealed class GraphParcelSink(GraphRecordWatcher watcher) : IParcelArrivalSink
{
    public async Task OnParcelsArrivedAsync(IReadOnlyList<int> parcelIds, CancellationToken ct) => await watcher.CatchUpAsync(ct);
}
