namespace CustomsWorkbench.Platform.Outbox;

/// <summary>One consumer of a message: a stable name (delivery is tracked by it) and the work.</summary>
public sealed record OutboxConsumer(string Name, Func<CancellationToken, Task> HandleAsync);

/// <summary>
/// A kind of outbox message, registered by the part that writes it: it names the consumers a message goes to. Consumers
/// are resolved in a fresh scope for each message, so they may be scoped services.
/// </summary>
public interface IOutboxTopic
{
    string Name { get; }
    IReadOnlyList<OutboxConsumer> Consumers(IServiceProvider scope, string payloadJson);
}
