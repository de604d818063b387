using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Resolution;

/// <summary>A proposed duplicate pair with its score and the evidence shown to the analyst.</summary>
public sealed record ResolutionCandidate(int SurvivorIndex, int DuplicateIndex, double Score, double NameSimilarity, IReadOnlyList<string> Evidence);

/// <summary>
/// Finds company nodes that are probably one entity. Blocking keeps the comparison count small: nodes are compared
/// only when their normalised names share a prefix or they share a phone or address node. A pair is proposed when the
/// names are similar AND an identifier corroborates it: in the trader register many distinct companies carry the same
/// trade name, so a name alone is not evidence enough.
/// </summary>
public static class EntityResolver
{
    public const double NameThreshold = 0.80;
    private const int PrefixLength = 4;
    private const int MaxBlockSize = 300;

    /// <param name="nameThreshold">Lowest name similarity proposed; the evaluation proposes at its lowest candidate threshold and filters.</param>
    public static List<ResolutionCandidate> Propose(GraphSnapshot graph, double nameThreshold = NameThreshold)
    {
        var names = new Dictionary<int, NormalizedName>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (!graph.IsMerged(v) && GraphKinds.IsCompany(graph.Kinds[v])) names[v] = NameNormalizer.Normalize(graph.Labels[v]);
        }

        var blocks = new Dictionary<string, List<int>>();
        foreach (var (v, name) in names)
        {
            if (name.Compact.Length > 0) Add($"{graph.Kinds[v]}:{name.Compact[..Math.Min(PrefixLength, name.Compact.Length)]}", v);
            foreach (var edge in graph.EdgesOf(v))
            {
                if (graph.Kinds[edge.Target] is NodeKind.Phone or NodeKind.Address) Add($"{graph.Kinds[v]}:id{edge.Target}", v);
            }
        }

        var compared = new HashSet<(int, int)>();
        var candidates = new List<ResolutionCandidate>();
        foreach (var members in blocks.Values)
        {
            if (members.Count < 2 || members.Count > MaxBlockSize) continue;
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = members[i] < members[j] ? (members[i], members[j]) : (members[j], members[i]);
                    if (a == b || !compared.Add((a, b))) continue;
                    if (Score(graph, a, b, names[a], names[b], nameThreshold) is { } candidate) candidates.Add(candidate);
                }
            }
        }
        return candidates.OrderByDescending(c => c.Score).ToList();

        void Add(string key, int v)
        {
            if (!blocks.TryGetValue(key, out var list)) blocks[key] = list = [];
            list.Add(v);
        }
    }

    public static ResolutionCandidate? Score(GraphSnapshot graph, int a, int b, NormalizedName nameA, NormalizedName nameB, double nameThreshold = NameThreshold)
    {
        var nameSimilarity = StringSimilarity.Names(nameA, nameB);
        if (nameSimilarity < nameThreshold) return null;
        var shared = SharedIdentifiers(graph, a, b);
        if (shared.Count == 0) return null;
        var evidence = new List<string> { new ResolutionEvidence.NameSimilarity(nameSimilarity, graph.Labels[a], graph.Labels[b], nameA.Spaced, nameB.Spaced).ToLine() };
        evidence.AddRange(shared.Select(s => new ResolutionEvidence.SharedIdentifier(graph.Kinds[s], graph.Labels[s]).ToLine()));
        var score = Math.Min(1.0, 0.75 * nameSimilarity + 0.15 * Math.Min(2, shared.Count));
        // The better-connected record survives, so most links already sit on it.
        var (survivor, duplicate) = graph.Degree(a) >= graph.Degree(b) ? (a, b) : (b, a);
        return new ResolutionCandidate(survivor, duplicate, score, nameSimilarity, evidence);
    }

    private static List<int> SharedIdentifiers(GraphSnapshot graph, int a, int b)
    {
        var mine = new HashSet<int>();
        foreach (var edge in graph.EdgesOf(a))
            if (graph.Kinds[edge.Target] is NodeKind.Phone or NodeKind.Address) mine.Add(edge.Target);
        var shared = new List<int>();
        foreach (var edge in graph.EdgesOf(b))
            if (mine.Contains(edge.Target)) shared.Add(edge.Target);
        return shared;
    }
}
