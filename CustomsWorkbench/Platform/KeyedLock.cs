namespace CustomsWorkbench.Platform;

/// <summary>
/// One async lock per key (e.g. per scan), so work on different keys runs side by side while work on the same key is
/// serialised. A key's lock exists only while someone holds or waits for it, so keys do not accumulate.
/// </summary>
public sealed class KeyedLock<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, (SemaphoreSlim Gate, int Users)> _gates = new();

    public async Task<IDisposable> AcquireAsync(TKey key, CancellationToken ct = default)
    {
        SemaphoreSlim gate;
        lock (_gates)
        {
            var entry = _gates.TryGetValue(key, out var existing) ? existing : (Gate: new SemaphoreSlim(1, 1), Users: 0);
            _gates[key] = (entry.Gate, entry.Users + 1);
            gate = entry.Gate;
        }
        try
        {
            await gate.WaitAsync(ct);
        }
        catch
        {
            Leave(key);
            throw;
        }
        return new Holder(this, key, gate);
    }

    /// <summary>Keys with a lock held or awaited right now.</summary>
    public int ActiveKeys { get { lock (_gates) return _gates.Count; } }

    private void Leave(TKey key)
    {
        lock (_gates)
        {
            var (gate, users) = _gates[key];
            if (users == 1) _gates.Remove(key);
            else _gates[key] = (gate, users - 1);
        }
    }

    private sealed class Holder(KeyedLock<TKey> owner, TKey key, SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            gate.Release();
            owner.Leave(key);
        }
    }
}
