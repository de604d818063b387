using CustomsWorkbench.Platform.Realtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomsWorkbench.Tests.Platform.Realtime;

/// <summary>A closed browser leaves "who is here" within seconds: circuit handlers at once, the lease sweep as a backstop.</summary>
public class PresenceExpiryTests
{
    private readonly ManualClock _clock = new();
    private readonly PresenceTracker _tracker;

    public PresenceExpiryTests()
    {
        var notifier = new RealtimeNotifier(new RealtimeBus(NullLogger<RealtimeBus>.Instance), TimeProvider.System, NullLogger<RealtimeNotifier>.Instance);
        _tracker = new PresenceTracker(notifier, _clock);
    }

    [Fact]
    public async Task A_view_nobody_renews_expires_after_the_lease_and_leaves_nothing_behind()
    {
        await _tracker.EnterAsync("component:a", "officer", "Declaration", "7");
        await _tracker.EnterAsync("component:b", "analyst", "Declaration", "7");

        _clock.Advance(PresenceTracker.Lease - TimeSpan.FromSeconds(5));
        _tracker.Renew("component:b");
        Assert.Equal(0, await _tracker.ExpireAsync());
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(1, await _tracker.ExpireAsync());
        Assert.Equal(["analyst"], _tracker.UsersOn("Declaration", "7"));
        _clock.Advance(PresenceTracker.Lease + TimeSpan.FromSeconds(1));
        await _tracker.ExpireAsync();
        Assert.Empty(_tracker.UsersOn("Declaration", "7"));
        Assert.Equal(0, _tracker.ConnectionCount);
    }

    [Fact]
    public async Task Hub_connections_are_not_expired_by_the_sweep_since_signalr_ends_them()
    {
        await _tracker.EnterAsync(PresenceTracker.HubConnectionKey("c1"), "officer", "Declaration", "8");
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await _tracker.ExpireAsync());
        Assert.Equal(["officer"], _tracker.UsersOn("Declaration", "8"));
    }

    [Fact]
    public async Task Renewing_a_key_that_left_does_not_bring_it_back()
    {
        await _tracker.EnterAsync("component:c", "officer", "Declaration", "9");
        await _tracker.LeaveAllAsync("component:c");
        _tracker.Renew("component:c");

        Assert.Empty(_tracker.UsersOn("Declaration", "9"));
        Assert.Equal(0, _tracker.ConnectionCount);
    }

    [Fact]
    public async Task A_circuit_whose_browser_drops_leaves_at_once_and_returns_when_it_reconnects()
    {
        var circuit = new PresenceCircuit(_tracker);
        await circuit.EnterAsync("component:d", "officer2", "Declaration", "10");
        Assert.Equal(["officer2"], _tracker.UsersOn("Declaration", "10"));

        await circuit.ConnectionDownAsync();
        Assert.Empty(_tracker.UsersOn("Declaration", "10"));
        circuit.Renew(); // a retained circuit's timer keeps ticking; it must not resurrect the user
        Assert.Empty(_tracker.UsersOn("Declaration", "10"));

        await circuit.ConnectionUpAsync();
        Assert.Equal(["officer2"], _tracker.UsersOn("Declaration", "10"));
    }

    [Fact]
    public async Task A_closed_circuit_leaves_everything_and_forgets_its_views()
    {
        var circuit = new PresenceCircuit(_tracker);
        await circuit.EnterAsync("component:e", "officer", "Declaration", "11");
        await circuit.EnterAsync("component:f", "officer", "Parcel", "3");

        await circuit.ClosedAsync();
        await circuit.ConnectionUpAsync();

        Assert.Empty(_tracker.UsersOn("Declaration", "11"));
        Assert.Empty(_tracker.UsersOn("Parcel", "3"));
        Assert.Equal(0, _tracker.ConnectionCount);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
