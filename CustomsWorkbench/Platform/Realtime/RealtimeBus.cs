namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// In-process topic subscriptions. Subscriber arrays are copied on write, so dispatch reads a snapshot without locking
/// and a handler may unsubscribe (its component disposing) while a message is being delivered.
/// </summary>
public sealed class RealtimeBus(ILogger<RealtimeBus> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Subscription[]> _topics = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string topic, Func<RealtimeMessage, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!RealtimeTopics.IsValid(topic)) throw new ArgumentException($"Invalid topic '{topic}'.", nameof(topic));
        var subscription = new Subscription(this, topic, handler);
        lock (_gate)
        {
            _topics[topic] = _topics.TryGetValue(topic, out var existing) ? [.. existing, subscription] : [subscription];
        }
        return subscription;
    }

    public int SubscriberCount(string topic)
    {
        lock (_gate) return _topics.TryGetValue(topic, out var subscribers) ? subscribers.Length : 0;
    }

    /// <summary>Delivers to every subscriber concurrently; one handler's exception does not reach the others.</summary>
    public Task DispatchAsync(RealtimeMessage message)
    {
        Subscription[]? subscribers;
        lock (_gate) _topics.TryGetValue(message.Topic, out subscribers);
        return subscribers is null ? Task.CompletedTask : Task.WhenAll(subscribers.Select(s => InvokeAsync(s, message)));
    }

    private async Task InvokeAsync(Subscription subscription, RealtimeMessage message)
    {
        try
        {
            await subscription.Handler(message);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Realtime subscriber of {Topic} failed on {Event}", message.Topic, message.EventName);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            if (!_topics.TryGetValue(subscription.Topic, out var existing)) return;
            var remaining = existing.Where(s => s != subscription).ToArray();
            if (remaining.Length == 0) _topics.Remove(subscription.Topic);
            else _topics[subscription.Topic] = remaining;
        }
    }

    private sealed class Subscription(RealtimeBus bus, string topic, Func<RealtimeMessage, Task> handler) : IDisposable
    {
        public string Topic => topic;
        public Func<RealtimeMessage, Task> Handler => handler;
        public void Dispose() => bus.Remove(this);
    }
}
