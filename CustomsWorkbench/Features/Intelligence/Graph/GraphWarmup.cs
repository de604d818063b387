using CustomsWorkbench.Features.Intelligence.Analytics;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>
/// Loads the index and computes centrality, communities and risk in the background once the web app has started,
/// so the first analyst does not wait for them. (The CLI host never starts hosted services.)
/// </summary>
public sealed class GraphWarmup(GraphMetrics metrics, ILogger<GraphWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            var (graph, measures) = await metrics.GetAsync(stoppingToken);
            logger.LogInformation("Graph measures ready for {Nodes} nodes in {Ms} ms", graph.NodeCount, measures.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Graph warm-up failed; measures will be computed on first use");
        }
    }
}
