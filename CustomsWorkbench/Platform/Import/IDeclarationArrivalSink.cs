namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Told about declarations that were stored or given an inspection outcome, after the import's transaction commits,
/// through the outbox (<see cref="DeclarationArrivalTopic"/>): every registered sink gets each arrival once, retried
/// until it succeeds. A retry after a crash between a sink's work and its delivery record repeats the call, so sinks
/// must tolerate seeing the same declarations again.
/// </summary>
public interface IDeclarationArrivalSink
{
    /// <summary>The name delivery is tracked by; keep it stable (renaming a sink re-delivers pending messages to it).</summary>
    string ConsumerName => GetType().Name;

    Task OnDeclarationsArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct);
}
