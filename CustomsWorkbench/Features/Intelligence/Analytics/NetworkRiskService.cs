using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

public sealed class NetworkRiskService(GraphMetrics metrics, GraphIndex index, IDbContextFactory<WorkbenchDbContext> dbFactory) : INetworkRiskSource
{
    public async Task<IReadOnlyDictionary<int, double>> ImporterRisksAsync(CancellationToken ct = default)
    {
        var (graph, measures) = await metrics.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var importers = await db.Set<GraphNode>().AsNoTracking().Where(n => n.Kind == NodeKind.Importer && n.SourceId != null)
            .Select(n => new { n.Id, SourceId = n.SourceId!.Value }).ToListAsync(ct);
        var risks = new Dictionary<int, double>(importers.Count);
        foreach (var importer in importers)
        {
            if (graph.TryIndexOf(importer.Id, out var index)) risks[importer.SourceId] = measures.Risk[index];
        }
        return risks;
    }

    public async Task<NetworkRiskHistory> HistoryAsync(CancellationToken ct = default)
    {
        var graph = await index.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var records = await db.Set<GraphNode>().AsNoTracking()
            .Where(n => (n.Kind == NodeKind.Importer || n.Kind == NodeKind.Supplier) && n.SourceId != null)
            .Select(n => new { n.Id, n.Kind, SourceId = n.SourceId!.Value }).ToListAsync(ct);
        var importers = new Dictionary<int, int>();
        var suppliers = new Dictionary<int, int>();
        foreach (var r in records) (r.Kind == NodeKind.Importer ? importers : suppliers).TryAdd(r.SourceId, r.Id);
        return new NetworkRiskHistory(graph, importers, suppliers);
    }
}
