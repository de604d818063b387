using System.Collections.Concurrent;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>
/// Network risk as it could have been known at a date, for the risk-selection engine's features. One snapshot per month:
/// personalised PageRank from the seizure cases whose links were first seen before the month's first day, over links
/// first seen before that day (identity links included), hubs left out as in investigations. A declaration dated D reads
/// the snapshot of D's month, so it sees only seizures dated strictly before D (its own seizure, dated on or after D, never)
/// and only links known before D. Analysts' merges are applied as they stand today.
/// Risk is PPR × number of seed seizures: the expected share of one seizure's walks, comparable across months as seizures accumulate.
/// Months are computed on first use and cached; thread-safe.
/// </summary>
public sealed class NetworkRiskHistory(GraphSnapshot graph, IReadOnlyDictionary<int, int> importerNodes, IReadOnlyDictionary<int, int> supplierNodes)
{
    private readonly ConcurrentDictionary<DateOnly, Lazy<double[]>> _months = new();

    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>Network risk of the importer record as known before <paramref name="date"/>'s month; 0 when not in the graph.</summary>
    public float ImporterRisk(DateOnly date, int importerId) => RiskOf(date, importerNodes, importerId);

    /// <summary>Network risk of the supplier record as known before <paramref name="date"/>'s month; 0 when unknown or absent.</summary>
    public float SupplierRisk(DateOnly date, int? supplierId) => supplierId is { } id ? RiskOf(date, supplierNodes, id) : 0;

    /// <summary>How many month snapshots have been computed so far.</summary>
    public int MonthsComputed => _months.Count;

    private float RiskOf(DateOnly date, IReadOnlyDictionary<int, int> nodes, int recordId)
    {
        if (!nodes.TryGetValue(recordId, out var nodeId) || !graph.TryIndexOf(nodeId, out var index)) return 0;
        var month = MonthStart(date);
        var risk = _months.GetOrAdd(month, m => new Lazy<double[]>(() => RiskBefore(graph, m))).Value;
        return (float)risk[index];
    }

    /// <summary>Risk per dense node index from seizures and links first seen strictly before <paramref name="cut"/>.</summary>
    public static double[] RiskBefore(GraphSnapshot graph, DateOnly cut)
    {
        var filter = GraphFilter.Investigation with { SeenBefore = cut };
        var seeds = new List<int>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.Kinds[v] != NodeKind.SeizureCase || graph.IsMerged(v)) continue;
            foreach (var edge in graph.EdgesOf(v))
            {
                if (!filter.Allows(graph, edge)) continue;
                seeds.Add(v);
                break;
            }
        }
        if (seeds.Count == 0) return new double[graph.NodeCount];
        var ppr = GraphAnalytics.PageRank(graph, filter, seeds);
        for (var v = 0; v < ppr.Length; v++) ppr[v] *= seeds.Count;
        return ppr;
    }
}
