using System.Text.Json;
using CustomsWorkbench.Platform.Outbox;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// "Declarations arrived": written to the outbox in the transaction that stores them, delivered to every
/// <see cref="IDeclarationArrivalSink"/> (scoring, graph, live pages).
/// </summary>
public sealed class DeclarationArrivalTopic : IOutboxTopic
{
    public const string Topic = "declarations.arrived";
    /// <summary>Ids per message: a 200,000-row file must not make every sink hold all of it at once.</summary>
    public const int IdsPerMessage = 20_000;

    public string Name => Topic;

    public static IEnumerable<OutboxMessage> Messages(IReadOnlyList<int> declarationIds, DateTime nowUtc) =>
        declarationIds.Chunk(IdsPerMessage).Select(chunk => new OutboxMessage
        {
            Topic = Topic, PayloadJson = JsonSerializer.Serialize(chunk), CreatedAtUtc = nowUtc, NextAttemptAtUtc = nowUtc,
        });

    public IReadOnlyList<OutboxConsumer> Consumers(IServiceProvider scope, string payloadJson)
    {
        var ids = JsonSerializer.Deserialize<int[]>(payloadJson) ?? [];
        return scope.GetServices<IDeclarationArrivalSink>()
            .Select(sink => new OutboxConsumer(sink.ConsumerName, ct => sink.OnDeclarationsArrivedAsync(ids, ct))).ToList();
    }
}
