using System.Text.Json;
using CustomsWorkbench.Platform.Outbox;

namespace CustomsWorkbench.Features.PersonalImports.Manifest;

/// <summary>"Parcels arrived": written with the parcels in the import's transaction, delivered to every <see cref="IParcelArrivalSink"/>.</summary>
public sealed class ParcelArrivalTopic : IOutboxTopic
{
    public const string Topic = "parcels.arrived";
    /// <summary>Ids per message; the flag rules load each message's parcels with their history at once.</summary>
    public const int IdsPerMessage = 20_000;

    public string Name => Topic;

    public static IEnumerable<OutboxMessage> Messages(IReadOnlyList<int> parcelIds, DateTime nowUtc) =>
        parcelIds.Chunk(IdsPerMessage).Select(chunk => new OutboxMessage
        {
            Topic = Topic, PayloadJson = JsonSerializer.Serialize(chunk), CreatedAtUtc = nowUtc, NextAttemptAtUtc = nowUtc,
        });

    public IReadOnlyList<OutboxConsumer> Consumers(IServiceProvider scope, string payloadJson)
    {
        var ids = JsonSerializer.Deserialize<int[]>(payloadJson) ?? [];
        return scope.GetServices<IParcelArrivalSink>()
            .Select(sink => new OutboxConsumer(sink.ConsumerName, ct => sink.OnParcelsArrivedAsync(ids, ct))).ToList();
    }
}
