namespace CustomsWorkbench.Platform;

/// <summary>An IProgress that reports on the caller's thread, in order (System.Progress posts to a sync context).</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
