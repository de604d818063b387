namespace CustomsWorkbench.Platform;

/// <summary>
/// An async value computed on first use and shared by every caller. Unlike <c>Lazy&lt;Task&lt;T&gt;&gt;</c>, a failed or
/// cancelled computation is not kept: the next caller starts a fresh one, so a transient failure (a locked file, low
/// memory) does not disable a feature until the process restarts. Callers waiting on the same attempt share its outcome.
/// </summary>
public sealed class RetryingLazy<T>(Func<Task<T>> create)
{
    private readonly object _gate = new();
    private Task<T>? _attempt;

    public Task<T> GetAsync()
    {
        lock (_gate)
        {
            if (_attempt is null || _attempt.IsFaulted || _attempt.IsCanceled) _attempt = create();
            return _attempt;
        }
    }
}
