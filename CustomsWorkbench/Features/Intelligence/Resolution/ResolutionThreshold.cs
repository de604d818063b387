namespace CustomsWorkbench.Features.Intelligence.Resolution;

/// <summary>An importer pair the resolver proposed, with the name similarity that gated it.</summary>
public readonly record struct ProposedPair((int, int) Pair, double NameSimilarity);

/// <summary>
/// Honest threshold setting for `evaluate graph`: every importer pair falls, by a fixed hash, in a tuning half or a
/// reported half. The name threshold is chosen on the tuning half (best F1; ties go to the stricter threshold); the
/// precision and recall reported are those of the other half at that threshold, so the figure shown never chose it.
/// </summary>
public static class ResolutionThreshold
{
    public static readonly double[] Grid = [0.70, 0.725, 0.75, 0.775, 0.80, 0.825, 0.85, 0.875, 0.90, 0.925, 0.95];

    /// <summary>Stable across runs and processes (HashCode.Combine is seeded per process).</summary>
    public static bool IsTuning((int, int) pair)
    {
        unchecked
        {
            // A murmur-style finaliser: every bit of both ids reaches the low bit.
            var h = (uint)pair.Item1 * 0x9E3779B1u + (uint)pair.Item2;
            h ^= h >> 15;
            h *= 0x85EBCA6Bu;
            h ^= h >> 13;
            h *= 0xC2B2AE35u;
            h ^= h >> 16;
            return (h & 1) == 0;
        }
    }

    public static double Choose(IReadOnlyList<ProposedPair> proposals, IReadOnlySet<(int, int)> planted)
    {
        var tuningProposals = proposals.Where(p => IsTuning(p.Pair)).ToList();
        var tuningPlanted = planted.Where(IsTuning).ToHashSet();
        return Grid.Select(t => (t, f1: F1(Score(tuningProposals, tuningPlanted, t))))
            .OrderByDescending(x => x.f1).ThenByDescending(x => x.t).First().t;
    }

    /// <summary>The reported half's figures at <paramref name="threshold"/>.</summary>
    public static ResolutionScore Reported(IReadOnlyList<ProposedPair> proposals, IReadOnlySet<(int, int)> planted, double threshold) =>
        Score(proposals.Where(p => !IsTuning(p.Pair)).ToList(), planted.Where(p => !IsTuning(p)).ToHashSet(), threshold);

    private static ResolutionScore Score(IReadOnlyList<ProposedPair> proposals, IReadOnlySet<(int, int)> planted, double threshold)
    {
        var proposed = proposals.Where(p => p.NameSimilarity >= threshold).Select(p => p.Pair).ToHashSet();
        var hits = proposed.Count(planted.Contains);
        return new ResolutionScore(
            proposed.Count == 0 ? 0 : Math.Round((double)hits / proposed.Count, 4),
            planted.Count == 0 ? 0 : Math.Round((double)hits / planted.Count, 4), proposed.Count, hits, planted.Count);
    }

    private static double F1(ResolutionScore s) => s.Precision + s.Recall == 0 ? 0 : 2 * s.Precision * s.Recall / (s.Precision + s.Recall);
}
