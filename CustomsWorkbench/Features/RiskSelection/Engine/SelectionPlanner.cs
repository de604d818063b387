using CustomsWorkbench.Platform;
using CustomsWorkbench.Features.RiskSelection.Model;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>A declaration to place: its facts, rank score and value-vs-peer ratio (for value rules).</summary>
public readonly record struct PlanCandidate(RiskRecord Record, double Score, double ValueRatio);

public sealed record PlannedSelection(Channel Channel, SelectionReason Reason, IReadOnlyList<RuleHit> RuleHits);

/// <summary>Score cut-offs for declarations planned one by one (arrivals) rather than as a day's group.</summary>
public sealed record ChannelThresholds(double Red, double Yellow)
{
    public static readonly ChannelThresholds None = new(double.PositiveInfinity, double.PositiveInfinity);
}

/// <summary>
/// Puts declarations in channels under each office's daily capacity (red = <see cref="RiskOptions.RedShare"/> of the
/// day's declarations, yellow = <see cref="RiskOptions.YellowShare"/>), in this order per (date, office):
/// 1. selectivity rule hits take their rule's channel (the strictest hit wins) and use up capacity;
/// 2. <see cref="RiskOptions.ExplorationShare"/> of the red capacity goes to declarations drawn uniformly at random
///    among those no rule selected (marked <see cref="SelectionReason.RandomExploration"/>);
/// 3. the remaining red, then yellow, slots go to the highest scores; 4. the rest is released (green).
/// Fractional capacities are rounded stochastically so small offices still get their share over time. The random
/// generator is seeded from the options' seed, the date and the office, so a plan is reproducible.
/// </summary>
public sealed class SelectionPlanner(RiskOptions options)
{
    /// <summary>A (date, office) group smaller than this in one batch is planned with thresholds instead of capacity.</summary>
    public const int MinimumGroupForCapacity = 20;

    /// <summary>Plans every (date, office) group of the candidates by capacity. Without a model, only rules and exploration select.</summary>
    public PlannedSelection[] Plan(IReadOnlyList<PlanCandidate> candidates, IReadOnlyList<SelectivityRule> rules, bool modelAvailable)
    {
        var result = new PlannedSelection[candidates.Count];
        foreach (var group in GroupIndexes(candidates))
        {
            var first = candidates[group[0]].Record;
            var random = new Random(StableSeed.Of(options.Seed, first.Date.DayNumber, first.OfficeId));
            PlanGroup(candidates, group, rules, modelAvailable, options.RedShare * group.Count, options.YellowShare * group.Count, random, result);
        }
        return result;
    }

    /// <summary>
    /// Plans one group with explicit capacities (evaluation uses one group with red = k% of the test set).
    /// Writes into <paramref name="result"/> at the group's indexes.
    /// </summary>
    public void PlanGroup(IReadOnlyList<PlanCandidate> candidates, IReadOnlyList<int> group, IReadOnlyList<SelectivityRule> rules,
        bool modelAvailable, double redCapacity, double yellowCapacity, Random random, PlannedSelection[] result)
    {
        var explore = StochasticRound(options.ExplorationShare * redCapacity, random);
        var redLeft = StochasticRound(redCapacity * (1 - options.ExplorationShare), random);
        var yellowLeft = StochasticRound(yellowCapacity, random);

        var open = new List<int>(group.Count);
        foreach (var i in group)
        {
            var c = candidates[i];
            var hits = SelectivityRules.Hits(rules, c.Record, c.ValueRatio);
            if (hits.Count == 0)
            {
                open.Add(i);
                continue;
            }
            var channel = hits.Max(h => h.Channel);
            result[i] = new PlannedSelection(channel, SelectionReason.Rule, hits);
            if (channel == Channel.Red) redLeft--;
            else if (channel == Channel.Yellow) yellowLeft--;
        }

        // Exploration: a partial Fisher–Yates shuffle draws uniformly without replacement.
        for (var n = 0; n < explore && n < open.Count; n++)
        {
            var pick = random.Next(n, open.Count);
            (open[n], open[pick]) = (open[pick], open[n]);
            result[open[n]] = new PlannedSelection(Channel.Red, SelectionReason.RandomExploration, []);
        }
        var rest = open.Skip(Math.Min(explore, open.Count)).ToList();
        if (modelAvailable)
        {
            rest.Sort((a, b) => candidates[b].Score != candidates[a].Score
                ? candidates[b].Score.CompareTo(candidates[a].Score)
                : candidates[a].Record.Id.CompareTo(candidates[b].Record.Id));
        }
        foreach (var i in rest)
        {
            if (modelAvailable && redLeft > 0)
            {
                redLeft--;
                result[i] = new PlannedSelection(Channel.Red, SelectionReason.Model, []);
            }
            else if (modelAvailable && yellowLeft > 0)
            {
                yellowLeft--;
                result[i] = new PlannedSelection(Channel.Yellow, SelectionReason.Model, []);
            }
            else
            {
                result[i] = new PlannedSelection(Channel.Green, SelectionReason.BelowCapacity, []);
            }
        }
    }

    /// <summary>
    /// Plans declarations one at a time (arrivals in small batches): rules first, exploration with the probability that
    /// gives the same expected share, then the score thresholds learnt from the last capacity plan.
    /// </summary>
    public PlannedSelection PlanOne(PlanCandidate c, IReadOnlyList<SelectivityRule> rules, bool modelAvailable, ChannelThresholds thresholds)
    {
        var hits = SelectivityRules.Hits(rules, c.Record, c.ValueRatio);
        if (hits.Count > 0) return new PlannedSelection(hits.Max(h => h.Channel), SelectionReason.Rule, hits);
        var random = new Random(StableSeed.Of(options.Seed, c.Record.Id));
        if (random.NextDouble() < options.ExplorationShare * options.RedShare)
            return new PlannedSelection(Channel.Red, SelectionReason.RandomExploration, []);
        if (modelAvailable && c.Score >= thresholds.Red) return new PlannedSelection(Channel.Red, SelectionReason.Model, []);
        if (modelAvailable && c.Score >= thresholds.Yellow) return new PlannedSelection(Channel.Yellow, SelectionReason.Model, []);
        return new PlannedSelection(Channel.Green, SelectionReason.BelowCapacity, []);
    }

    /// <summary>
    /// Score cut-offs that select the same shares as the capacity plan would over <paramref name="scores"/> (a whole
    /// history or day): the score of the last red and the last yellow model pick, for arrivals planned one by one.
    /// </summary>
    public ChannelThresholds ThresholdsFor(IReadOnlyList<double> scores)
    {
        if (scores.Count == 0) return ChannelThresholds.None;
        var sorted = scores.OrderByDescending(s => s).ToArray();
        var red = (int)Math.Round(options.RedShare * (1 - options.ExplorationShare) * sorted.Length);
        var yellow = (int)Math.Round(options.YellowShare * sorted.Length);
        var redCut = red == 0 ? double.PositiveInfinity : sorted[Math.Min(red, sorted.Length) - 1];
        var yellowCut = red + yellow == 0 ? double.PositiveInfinity : sorted[Math.Min(red + yellow, sorted.Length) - 1];
        return new ChannelThresholds(redCut, yellowCut);
    }

    /// <summary>Indexes of the candidates grouped by (date, office), in first-seen order.</summary>
    public static List<List<int>> GroupIndexes(IReadOnlyList<PlanCandidate> candidates)
    {
        var groups = new Dictionary<(DateOnly, int), List<int>>();
        var ordered = new List<List<int>>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var key = (candidates[i].Record.Date, candidates[i].Record.OfficeId);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                ordered.Add(list);
            }
            list.Add(i);
        }
        return ordered;
    }

    private static int StochasticRound(double value, Random random)
    {
        if (value <= 0) return 0;
        var floor = Math.Floor(value);
        return (int)floor + (random.NextDouble() < value - floor ? 1 : 0);
    }
}
