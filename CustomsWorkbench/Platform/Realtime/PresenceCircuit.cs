namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// The records one Blazor circuit (one browser tab) is present on, keyed by its components' connection keys. When the
/// browser's connection drops (tab closed, network lost) the circuit is kept for minutes in case it reconnects; presence
/// must not wait that long, so <see cref="PresenceCircuitHandler"/> calls <see cref="ConnectionDownAsync"/> at once and
/// <see cref="ConnectionUpAsync"/> puts the user back if the same tab reconnects. Scoped: one per circuit, and it holds
/// only what its live components entered, so it never grows beyond the page's indicators.
/// </summary>
public sealed class PresenceCircuit(PresenceTracker tracker)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private bool _down;

    private sealed record Entry(string UserName, string EntityType, string EntityId);

    public bool IsConnected { get { lock (_gate) return !_down; } }

    public async Task EnterAsync(string connectionKey, string userName, string entityType, string entityId)
    {
        bool down;
        lock (_gate)
        {
            _entries[connectionKey] = new Entry(userName, entityType, entityId);
            down = _down;
        }
        if (!down) await tracker.EnterAsync(connectionKey, userName, entityType, entityId);
    }

    public async Task LeaveAsync(string connectionKey)
    {
        lock (_gate) _entries.Remove(connectionKey);
        await tracker.LeaveAllAsync(connectionKey);
    }

    /// <summary>Keeps this circuit's leases alive while its browser is connected.</summary>
    public void Renew()
    {
        string[] keys;
        lock (_gate) keys = _down ? [] : [.. _entries.Keys];
        foreach (var key in keys) tracker.Renew(key);
    }

    public async Task ConnectionDownAsync()
    {
        string[] keys;
        lock (_gate)
        {
            _down = true;
            keys = [.. _entries.Keys];
        }
        foreach (var key in keys) await tracker.LeaveAllAsync(key);
    }

    public async Task ConnectionUpAsync()
    {
        KeyValuePair<string, Entry>[] entries;
        lock (_gate)
        {
            _down = false;
            entries = [.. _entries];
        }
        foreach (var (key, e) in entries) await tracker.EnterAsync(key, e.UserName, e.EntityType, e.EntityId);
    }

    public async Task ClosedAsync()
    {
        string[] keys;
        lock (_gate)
        {
            _down = true;
            keys = [.. _entries.Keys];
            _entries.Clear();
        }
        foreach (var key in keys) await tracker.LeaveAllAsync(key);
    }
}
