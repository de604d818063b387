using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Realtime;

namespace CustomsWorkbench.Platform.Records;

/// <summary>Payload of the "arrived" event on <see cref="RealtimeTopics.Declarations"/>.</summary>
public sealed record DeclarationsArrived(int Count, IReadOnlyList<int> DeclarationIds);

/// <summary>Tells every open page that declarations arrived (import page, API or CLI in this process).</summary>
public class ArrivalBroadcast(IRealtimeNotifier notifier) : IDeclarationArrivalSink
{
    public const string EventName = "arrived";
    private const int MaxIdsInMessage = 500;

    public Task OnDeclarationsArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct) =>
        notifier.PublishAsync(RealtimeTopics.Declarations, EventName,
            new DeclarationsArrived(declarationIds.Count, declarationIds.Take(MaxIdsInMessage).ToList()), ct);
}
