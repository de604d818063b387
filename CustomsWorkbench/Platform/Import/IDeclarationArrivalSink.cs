namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Told about declarations that were stored or given an inspection outcome, after the import's transaction commits.
/// Risk scoring and live queues register implementations; every registered sink is called once per import.
/// </summary>
public interface IDeclarationArrivalSink
{
    Task OnDeclarationsArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct);
}
