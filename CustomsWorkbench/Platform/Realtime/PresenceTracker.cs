namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// Who is on which record now. <paramref name="Version"/> grows with every change, so a client that receives two
/// presence events out of order keeps the newer one.
/// </summary>
public sealed record PresenceChanged(string EntityType, string EntityId, IReadOnlyList<string> Users, long Version);

/// <summary>
/// Tracks users on records across hub connections and Blazor circuits. A "connection key" is one open view
/// (a hub connection or one component instance); a user with two tabs on a record is listed once and stays listed
/// until both are gone. A <see cref="RealtimeEvents.Presence"/> event goes out on the record's topic when the set of
/// users changes.
/// A component key holds a lease (<see cref="Lease"/>) its holder renews while alive; <see cref="ExpireAsync"/> drops keys
/// whose holder stopped renewing (a circuit that died without its handlers running). Hub keys need no lease: SignalR's
/// keep-alive timeout ends the connection and <see cref="WorkbenchHub.OnDisconnectedAsync"/> leaves for it.
/// </summary>
public sealed class PresenceTracker(IRealtimeNotifier notifier, TimeProvider clock)
{
    /// <summary>How long a component key stays without a renewal; its holder renews every <see cref="RenewEvery"/>.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(45);
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly Dictionary<RecordKey, Dictionary<string, string>> _usersByRecord = new();
    private readonly Dictionary<string, HashSet<RecordKey>> _recordsByConnection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _renewedAt = new(StringComparer.Ordinal);
    private long _version;

    public PresenceTracker(IRealtimeNotifier notifier) : this(notifier, TimeProvider.System) { }

    public static string HubConnectionKey(string connectionId) => "hub:" + connectionId;
    public static string NewComponentKey() => "component:" + Guid.NewGuid().ToString("N");

    public Task EnterAsync(string connectionKey, string userName, string entityType, string entityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var record = new RecordKey(entityType, entityId);
        return ChangeAsync(record, () =>
        {
            if (!_usersByRecord.TryGetValue(record, out var connections)) _usersByRecord[record] = connections = new(StringComparer.Ordinal);
            connections[connectionKey] = userName;
            if (!_recordsByConnection.TryGetValue(connectionKey, out var records)) _recordsByConnection[connectionKey] = records = [];
            records.Add(record);
            _renewedAt[connectionKey] = clock.GetUtcNow();
        });
    }

    /// <summary>The holder of a key is still there; a key that is on no record (left, expired) stays gone.</summary>
    public void Renew(string connectionKey)
    {
        lock (_gate)
        {
            if (_recordsByConnection.ContainsKey(connectionKey)) _renewedAt[connectionKey] = clock.GetUtcNow();
        }
    }

    /// <summary>Leaves for every component key not renewed within <see cref="Lease"/>; returns how many keys expired.</summary>
    public async Task<int> ExpireAsync()
    {
        string[] expired;
        var cutoff = clock.GetUtcNow() - Lease;
        lock (_gate)
            expired = _renewedAt.Where(k => !k.Key.StartsWith("hub:", StringComparison.Ordinal) && k.Value < cutoff).Select(k => k.Key).ToArray();
        foreach (var key in expired) await LeaveAllAsync(key);
        return expired.Length;
    }

    /// <summary>How many connection keys are on some record (tests check nothing is left behind).</summary>
    public int ConnectionCount
    {
        get { lock (_gate) return _recordsByConnection.Count + _renewedAt.Count(k => !_recordsByConnection.ContainsKey(k.Key)); }
    }

    public Task LeaveAsync(string connectionKey, string entityType, string entityId)
    {
        var record = new RecordKey(entityType, entityId);
        return ChangeAsync(record, () => Remove(connectionKey, record));
    }

    /// <summary>A connection closed or a circuit ended: leave every record it was on.</summary>
    public async Task LeaveAllAsync(string connectionKey)
    {
        RecordKey[] records;
        lock (_gate) records = _recordsByConnection.TryGetValue(connectionKey, out var set) ? [.. set] : [];
        foreach (var record in records) await ChangeAsync(record, () => Remove(connectionKey, record));
    }

    /// <summary>Distinct user names on the record, sorted.</summary>
    public IReadOnlyList<string> UsersOn(string entityType, string entityId)
    {
        lock (_gate) return UsersOnLocked(new RecordKey(entityType, entityId));
    }

    private async Task ChangeAsync(RecordKey record, Action change)
    {
        PresenceChanged? changed = null;
        lock (_gate)
        {
            var before = UsersOnLocked(record);
            change();
            var after = UsersOnLocked(record);
            if (!before.SequenceEqual(after)) changed = new PresenceChanged(record.EntityType, record.EntityId, after, ++_version);
        }
        if (changed is not null)
            await notifier.PublishAsync(RealtimeTopics.Record(record.EntityType, record.EntityId), RealtimeEvents.Presence, changed);
    }

    private void Remove(string connectionKey, RecordKey record)
    {
        if (_usersByRecord.TryGetValue(record, out var connections) && connections.Remove(connectionKey) && connections.Count == 0)
            _usersByRecord.Remove(record);
        if (_recordsByConnection.TryGetValue(connectionKey, out var records) && records.Remove(record) && records.Count == 0)
        {
            _recordsByConnection.Remove(connectionKey);
            _renewedAt.Remove(connectionKey);
        }
    }

    private string[] UsersOnLocked(RecordKey record) =>
        _usersByRecord.TryGetValue(record, out var connections)
            ? connections.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()
            : [];

    private readonly record struct RecordKey(string EntityType, string EntityId);
}
