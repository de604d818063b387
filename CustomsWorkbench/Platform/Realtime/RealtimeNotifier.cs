using Microsoft.AspNetCore.SignalR;

namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// Publishes to the in-process bus and, in the web app, to the hub group of the topic. The CLI has no SignalR
/// registered, so <paramref name="hub"/> is null there and only in-process subscribers hear the message.
/// </summary>
public sealed class RealtimeNotifier(
    RealtimeBus bus,
    TimeProvider clock,
    ILogger<RealtimeNotifier> logger,
    IHubContext<WorkbenchHub, IWorkbenchClient>? hub = null) : IRealtimeNotifier
{
    public async Task PublishAsync(string topic, string eventName, object payload, CancellationToken ct = default)
    {
        if (!RealtimeTopics.IsValid(topic)) throw new ArgumentException($"Invalid topic '{topic}'.", nameof(topic));
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var message = new RealtimeMessage(topic, eventName, payload, clock.GetUtcNow().UtcDateTime);
        var local = bus.DispatchAsync(message);
        if (hub is not null)
        {
            try
            {
                await hub.Clients.Group(topic).Receive(message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not send {Event} to hub group {Topic}", eventName, topic);
            }
        }
        await local;
    }

    public IDisposable Subscribe(string topic, Func<RealtimeMessage, Task> handler) => bus.Subscribe(topic, handler);
}
