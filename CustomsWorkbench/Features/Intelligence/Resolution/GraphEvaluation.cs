using System.Diagnostics;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Planting;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Resolution;

public sealed record ResolutionScore(double Precision, double Recall, int Proposed, int TruePositives, int Planted);

public sealed record LatencyScore(double TwoHopP95, double PathP95, double TwoHopMean, double PathMean, int Samples);

/// <param name="Resolution">On the reported half of the planted duplicates only.</param>
/// <param name="Threshold">The name threshold chosen on the other (tuning) half, which holds <paramref name="TuningPlanted"/> planted pairs.</param>
public sealed record GraphEvaluationReport(ResolutionScore Resolution, LatencyScore LatencyMs, int Nodes, int Links, double Threshold, int TuningPlanted);

/// <summary>
/// `evaluate graph`: precision/recall of the resolver's importer proposals against the planted duplicates (the name
/// threshold set on one half of them, the figures reported on the other: <see cref="ResolutionThreshold"/>), and the
/// latency of two-hop expansion and shortest path on the current graph (random importers, fixed seed).
/// </summary>
public sealed class GraphEvaluation(IDbContextFactory<WorkbenchDbContext> dbFactory, GraphIndex index)
{
    public async Task<GraphEvaluationReport> RunAsync(int samples = 200, CancellationToken ct = default)
    {
        var graph = await index.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var truth = await db.Set<IntelligenceGroundTruth>().AsNoTracking().Where(t => t.Kind == IntelligenceDemoPlanting.DuplicateKind)
            .Select(t => new { t.EntityId, t.RelatedId }).ToListAsync(ct);
        var importerNodes = await db.Set<GraphNode>().AsNoTracking().Where(n => n.Kind == NodeKind.Importer && n.SourceId != null)
            .Select(n => new { n.Id, n.SourceId }).ToDictionaryAsync(n => n.Id, n => n.SourceId!.Value, ct);
        var proposals = EntityResolver.Propose(graph, ResolutionThreshold.Grid.Min())
            .Where(c => graph.Kinds[c.SurvivorIndex] == NodeKind.Importer)
            .Select(c => new ProposedPair(Pair(importerNodes[graph.NodeIds[c.SurvivorIndex]], importerNodes[graph.NodeIds[c.DuplicateIndex]]), c.NameSimilarity))
            .ToList();
        var planted = truth.Select(t => Pair(t.EntityId, t.RelatedId)).ToHashSet();
        var threshold = ResolutionThreshold.Choose(proposals, planted);
        var resolution = ResolutionThreshold.Reported(proposals, planted, threshold);
        return new GraphEvaluationReport(resolution, MeasureLatency(graph, samples), graph.NodeCount, graph.LinkCount, threshold,
            planted.Count(ResolutionThreshold.IsTuning));
    }

    private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    /// <summary>Times two-hop expansion (investigation filter, cap 500) and shortest paths between random importer pairs.</summary>
    public static LatencyScore MeasureLatency(GraphSnapshot graph, int samples, int seed = 7)
    {
        var starts = Enumerable.Range(0, graph.NodeCount).Where(v => graph.Kinds[v] == NodeKind.Importer && !graph.IsMerged(v)).ToArray();
        if (starts.Length == 0) starts = Enumerable.Range(0, graph.NodeCount).ToArray();
        if (starts.Length == 0) return new LatencyScore(0, 0, 0, 0, 0);
        var random = new Random(seed);
        var twoHop = new List<double>(samples);
        var path = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var a = starts[random.Next(starts.Length)];
            var b = starts[random.Next(starts.Length)];
            var watch = Stopwatch.StartNew();
            GraphAnalytics.Expand(graph, [a], 2, GraphFilter.Investigation);
            twoHop.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            GraphAnalytics.ShortestPath(graph, a, b, GraphFilter.Investigation);
            path.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new LatencyScore(Percentile(twoHop, 0.95), Percentile(path, 0.95), Math.Round(twoHop.Average(), 3), Math.Round(path.Average(), 3), samples);
    }

    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 3);
    }
}
