using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// A synthetic intelligence graph of a given number of links, deterministic in its seed. Nodes are 40% companies,
/// 30% identifiers (phones, addresses, e-mails), 20% persons, 9% containers and 1% seizure cases. Most links stay
/// within a neighbourhood of nearby ids (so communities exist), a fifth jump anywhere (so paths between far nodes exist).
/// </summary>
public static class GraphSynthetic
{
    public static GraphSnapshot Build(int links, int seed = 20260401)
    {
        var random = new Random(seed);
        var nodeCount = (int)(links / 2.5);
        var nodes = new IndexNode[nodeCount];
        for (var i = 0; i < nodeCount; i++) nodes[i] = new IndexNode(i + 1, KindOf(i), $"node {i + 1}");
        var list = new IndexLink[links];
        var day = new DateOnly(2026, 1, 1).DayNumber;
        for (var l = 0; l < links; l++)
        {
            var a = random.Next(nodeCount);
            var b = random.NextDouble() < 0.8 ? Math.Clamp(a + random.Next(-50, 51), 0, nodeCount - 1) : random.Next(nodeCount);
            if (b == a) b = (a + 1) % nodeCount;
            var first = day + random.Next(365);
            list[l] = new IndexLink(l + 1, a + 1, b + 1, (LinkKind)(l % 10), first, first + random.Next(60));
        }
        return GraphSnapshot.Build(nodes, list);
    }

    private static NodeKind KindOf(int i) => (i % 100) switch
    {
        < 40 => NodeKind.Importer,
        < 50 => NodeKind.Phone,
        < 60 => NodeKind.Address,
        < 70 => NodeKind.Email,
        < 90 => NodeKind.Person,
        < 99 => NodeKind.Container,
        _ => NodeKind.SeizureCase,
    };

    /// <summary>Fixed random start nodes (companies) so every benchmark iteration walks the same workload.</summary>
    public static int[] Starts(GraphSnapshot graph, int count, int seed = 11)
    {
        var random = new Random(seed);
        var companies = Enumerable.Range(0, graph.NodeCount).Where(i => graph.Kinds[i] == NodeKind.Importer).ToArray();
        return Enumerable.Range(0, count).Select(_ => companies[random.Next(companies.Length)]).ToArray();
    }
}
