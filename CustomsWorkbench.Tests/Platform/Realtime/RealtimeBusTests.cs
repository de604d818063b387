using CustomsWorkbench.Platform.Realtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomsWorkbench.Tests.Platform.Realtime;

public class RealtimeBusTests
{
    private readonly RealtimeNotifier _notifier = new(new RealtimeBus(NullLogger<RealtimeBus>.Instance), TimeProvider.System,
        NullLogger<RealtimeNotifier>.Instance);

    [Fact]
    public async Task Subscribers_of_a_topic_receive_its_messages_and_no_others()
    {
        var received = new List<RealtimeMessage>();
        using var _ = _notifier.Subscribe("declarations", m => { received.Add(m); return Task.CompletedTask; });

        await _notifier.PublishAsync("declarations", "declaration.arrived", new { id = 1 });
        await _notifier.PublishAsync("parcels", "parcel.arrived", new { id = 2 });

        var message = Assert.Single(received);
        Assert.Equal(("declarations", "declaration.arrived"), (message.Topic, message.EventName));
    }

    [Fact]
    public async Task Disposing_the_subscription_stops_delivery()
    {
        var count = 0;
        var subscription = _notifier.Subscribe("t", _ => { count++; return Task.CompletedTask; });
        await _notifier.PublishAsync("t", "e", 1);
        subscription.Dispose();
        await _notifier.PublishAsync("t", "e", 2);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task A_failing_handler_does_not_stop_the_others_or_the_publisher()
    {
        var delivered = 0;
        using var a = _notifier.Subscribe("t", _ => throw new InvalidOperationException("sync failure"));
        using var b = _notifier.Subscribe("t", async _ => { await Task.Yield(); throw new InvalidOperationException("async failure"); });
        using var c = _notifier.Subscribe("t", _ => { Interlocked.Increment(ref delivered); return Task.CompletedTask; });

        await _notifier.PublishAsync("t", "e", new { });
        Assert.Equal(1, delivered);
    }

    [Fact]
    public async Task A_handler_may_unsubscribe_while_a_message_is_delivered()
    {
        var count = 0;
        IDisposable? self = null;
        self = _notifier.Subscribe("t", _ => { count++; self!.Dispose(); return Task.CompletedTask; });
        await _notifier.PublishAsync("t", "e", 1);
        await _notifier.PublishAsync("t", "e", 2);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Empty_topics_are_refused()
    {
        Assert.Throws<ArgumentException>(() => _notifier.Subscribe(" ", _ => Task.CompletedTask));
        await Assert.ThrowsAsync<ArgumentException>(() => _notifier.PublishAsync("", "e", 1));
    }
}
