using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>Scores imported declarations as they arrive; outcomes recorded on known ones feed the history as labels.</summary>
public sealed class RiskArrivalSink(RiskEngine engine) : IDeclarationArrivalSink
{
    public Task OnDeclarationsArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct) => engine.OnArrivedAsync(declarationIds, ct);
}
