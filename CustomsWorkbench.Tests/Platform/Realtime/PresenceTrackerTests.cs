using CustomsWorkbench.Platform.Realtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomsWorkbench.Tests.Platform.Realtime;

public class PresenceTrackerTests
{
    private readonly RealtimeNotifier _notifier = new(new RealtimeBus(NullLogger<RealtimeBus>.Instance), TimeProvider.System,
        NullLogger<RealtimeNotifier>.Instance);
    private readonly List<PresenceChanged> _events = [];
    private readonly PresenceTracker _tracker;

    public PresenceTrackerTests()
    {
        _tracker = new PresenceTracker(_notifier);
        _notifier.Subscribe(RealtimeTopics.Record("Declaration", "1"), m =>
        {
            if (m.EventName == RealtimeEvents.Presence) _events.Add((PresenceChanged)m.Payload!);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Users_entering_and_leaving_are_published_on_the_record_topic()
    {
        await _tracker.EnterAsync("c1", "officer", "Declaration", "1");
        await _tracker.EnterAsync("c2", "analyst", "Declaration", "1");
        await _tracker.LeaveAsync("c1", "Declaration", "1");

        Assert.Equal(["analyst"], _tracker.UsersOn("Declaration", "1"));
        Assert.Equal([["officer"], ["analyst", "officer"], ["analyst"]], _events.Select(e => e.Users.ToArray()));
        Assert.True(_events.Zip(_events.Skip(1)).All(p => p.First.Version < p.Second.Version));
    }

    [Fact]
    public async Task A_user_with_two_views_is_listed_once_until_both_are_gone()
    {
        await _tracker.EnterAsync("tab1", "officer", "Declaration", "1");
        await _tracker.EnterAsync("tab2", "officer", "Declaration", "1");
        await _tracker.LeaveAsync("tab1", "Declaration", "1");
        Assert.Equal(["officer"], _tracker.UsersOn("Declaration", "1"));
        Assert.Single(_events);

        await _tracker.LeaveAsync("tab2", "Declaration", "1");
        Assert.Empty(_tracker.UsersOn("Declaration", "1"));
        Assert.Equal(2, _events.Count);
    }

    [Fact]
    public async Task Closing_a_connection_leaves_every_record_it_was_on()
    {
        await _tracker.EnterAsync("c1", "officer", "Declaration", "1");
        await _tracker.EnterAsync("c1", "officer", "Declaration", "2");
        await _tracker.EnterAsync("c2", "analyst", "Declaration", "2");

        await _tracker.LeaveAllAsync("c1");

        Assert.Empty(_tracker.UsersOn("Declaration", "1"));
        Assert.Equal(["analyst"], _tracker.UsersOn("Declaration", "2"));
        Assert.Empty(_events[^1].Users);
    }

    [Fact]
    public async Task Leaving_a_record_never_entered_changes_nothing()
    {
        await _tracker.LeaveAsync("ghost", "Declaration", "1");
        await _tracker.LeaveAllAsync("ghost");
        Assert.Empty(_events);
    }
}
