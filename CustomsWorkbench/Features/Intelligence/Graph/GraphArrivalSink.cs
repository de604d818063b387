using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>Keeps the graph current: every imported declaration's links are written and patched into the index.</summary>
public sealed class GraphArrivalSink(GraphBuilder builder, ILogger<GraphArrivalSink> logger) : IDeclarationArrivalSink
{
    public async Task OnDeclarationsArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct)
    {
        foreach (var chunk in declarationIds.Chunk(5_000))
        {
            var report = await builder.AddDeclarationsAsync(chunk, ct);
            logger.LogInformation("Graph patched for {Count} declarations: {Links} links, {Evidence} new evidence rows in {Ms} ms",
                chunk.Length, report.Links, report.EvidenceAdded, report.Elapsed.TotalMilliseconds);
        }
    }
}
