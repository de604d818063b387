using CustomsWorkbench.Features.RiskSelection.Model;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>The table of one evaluation population (inspected test declarations, or all of them against planted truth).</summary>
/// <param name="AsDeployed">The hybrid as the planner runs it live: per office and day under that office's red capacity
/// (<see cref="RiskOptions.RedShare"/>); its K is the share it actually sent to red.</param>
public sealed record EvaluationTable(string Population, int Declarations, int Illicit, IReadOnlyList<StrategyMetrics> Strategies, StrategyMetrics AsDeployed);

public sealed record RiskEvaluationResult(
    DateOnly TrainFrom, DateOnly TestFrom, DateOnly TestTo, int TrainingRows, string RulesUsed,
    EvaluationTable Inspected, EvaluationTable? GroundTruth, RiskModel? Model);

/// <summary>
/// Honest, reproducible evaluation: the models are trained only on inspected declarations dated before the test start,
/// then four strategies rank the test declarations and select k% of them:
/// "ml" (rank score), "rules" (authored rules, or <see cref="SelectivityRules.Defaults"/> when none; red hits before yellow,
/// more hits first, ties at random), "random" (mean of 20 seeded draws) and "hybrid" (the <see cref="SelectionPlanner"/>
/// with the authored rules, exploration share and red capacity = k). Features of test declarations use only earlier
/// information, as in live scoring. Labels exist only for inspected declarations, so the main table is computed on the
/// inspected test declarations; for the demo world a second table uses the planted truth for all test declarations.
/// </summary>
public sealed class RiskEvaluator(RiskOptions options)
{
    private const int RandomDraws = 20;
    public const string AsDeployedName = "hybrid as deployed";

    /// <summary>
    /// The default split: the date of the declaration at 80% of the history in time order, so the test period holds the
    /// last ~20% of declarations. (A split at 80% of the date range would let a few stray old declarations — an import of
    /// 2013 files into a 2026 database — leave almost nothing to train on.)
    /// </summary>
    public static DateOnly DefaultTestFrom(IReadOnlyList<RiskRecord> sorted) => sorted[(int)(0.8 * (sorted.Count - 1))].Date;

    /// <summary>
    /// The validation evaluation: the same procedure on the declarations before the test start only, split again at 80%
    /// of them. Settings and model choices are judged on this; the test window is only reported. Null when the history
    /// before the test window is too short to split.
    /// </summary>
    public RiskEvaluationResult? Validate(IReadOnlyList<RiskRecord> sorted, float[] features, DateOnly testFrom,
        IReadOnlyList<SelectivityRule> authoredRules, IReadOnlyDictionary<int, double>? truthRevenue)
    {
        // A date-ordered prefix: row i of the features is still declaration i.
        var beforeTest = sorted.TakeWhile(r => r.Date < testFrom).ToList();
        if (beforeTest.Count < 2) return null;
        var validationFrom = DefaultTestFrom(beforeTest);
        if (validationFrom <= beforeTest[0].Date) return null;
        return Evaluate(beforeTest, features, validationFrom, authoredRules, truthRevenue);
    }

    /// <param name="sorted">All declarations in date order with their chronological features.</param>
    /// <param name="truthRevenue">Demo world only: planted illicit declaration id → evaded revenue; null elsewhere.</param>
    public RiskEvaluationResult Evaluate(IReadOnlyList<RiskRecord> sorted, float[] features, DateOnly? testFrom,
        IReadOnlyList<SelectivityRule> authoredRules, IReadOnlyDictionary<int, double>? truthRevenue)
    {
        if (sorted.Count == 0) throw new InvalidOperationException("There are no declarations to evaluate on.");
        var split = testFrom ?? DefaultTestFrom(sorted);
        var model = new RiskModelTrainer(options).Train(sorted, features, i => sorted[i].Date < split, "evaluation");
        var test = Enumerable.Range(0, sorted.Count).Where(i => sorted[i].Date >= split).ToList();
        if (test.Count == 0) throw new InvalidOperationException($"No declaration is dated on or after {split:yyyy-MM-dd}.");

        var testFeatures = new float[test.Count * RiskFeatures.Count];
        for (var n = 0; n < test.Count; n++) Array.Copy(features, test[n] * RiskFeatures.Count, testFeatures, n * RiskFeatures.Count, RiskFeatures.Count);
        var scores = BatchScorer.Score(model, testFeatures, test.Count, options.ProbabilityWeight);
        var records = test.Select(i => sorted[i]).ToList();
        var candidates = scores.Candidates(records);
        var rulesOnly = authoredRules.Count > 0 ? authoredRules : SelectivityRules.Defaults;
        var deployed = new SelectionPlanner(options).Plan(candidates, authoredRules, model is not null);

        var inspected = Enumerable.Range(0, test.Count).Where(n => records[n].Inspected && records[n].Illicit is not null).ToList();
        var inspectedTable = Table("inspected test declarations", inspected, candidates, deployed, authoredRules, rulesOnly, model is not null,
            n => records[n].Illicit == true, n => Math.Max(0, records[n].AdditionalRevenue ?? 0));
        EvaluationTable? truthTable = null;
        if (truthRevenue is not null)
        {
            var all = Enumerable.Range(0, test.Count).ToList();
            truthTable = Table("all test declarations vs demo ground truth", all, candidates, deployed, authoredRules, rulesOnly, model is not null,
                n => truthRevenue.ContainsKey(records[n].Id), n => truthRevenue.GetValueOrDefault(records[n].Id));
        }
        var trainFrom = sorted[0].Date;
        return new RiskEvaluationResult(trainFrom, split, sorted[^1].Date, model?.Metadata.TrainingRows ?? 0,
            authoredRules.Count > 0 ? "authored" : "defaults", inspectedTable, truthTable, model);
    }

    private EvaluationTable Table(string population, List<int> members, PlanCandidate[] candidates, PlannedSelection[] deployed, IReadOnlyList<SelectivityRule> authored,
        IReadOnlyList<SelectivityRule> rulesOnly, bool modelAvailable, Func<int, bool> isIllicit, Func<int, double> revenueOf)
    {
        var subset = members.Select(n => candidates[n]).ToList();
        var illicit = members.Select(isIllicit).ToArray();
        var revenue = members.Select(revenueOf).ToArray();
        var byScore = Enumerable.Range(0, subset.Count).OrderByDescending(i => subset[i].Score).ThenBy(i => subset[i].Record.Id).ToList();
        var byRules = RulesRanking(subset, rulesOnly);
        var rows = new List<StrategyMetrics>();
        foreach (var k in SelectionMetrics.Ks)
        {
            rows.Add(SelectionMetrics.AtK("ml", k, byScore, illicit, revenue));
            rows.Add(SelectionMetrics.AtK("rules", k, byRules, illicit, revenue));
            var draws = new List<StrategyMetrics>();
            for (var d = 0; d < RandomDraws; d++)
            {
                var random = new Random(options.Seed + d);
                draws.Add(SelectionMetrics.AtK("random", k, Enumerable.Range(0, subset.Count).OrderBy(_ => random.Next()).ToList(), illicit, revenue));
            }
            rows.Add(SelectionMetrics.Mean("random", k, draws));
            rows.Add(SelectionMetrics.AtK("hybrid", k, HybridRanking(subset, authored, modelAvailable, k, byScore), illicit, revenue));
        }
        var red = Enumerable.Range(0, members.Count).Where(m => deployed[members[m]].Channel == Channel.Red).ToList();
        var asDeployed = SelectionMetrics.AtK(AsDeployedName, members.Count == 0 ? 0 : (double)red.Count / members.Count, red, illicit, revenue, budget: red.Count);
        return new EvaluationTable(population, subset.Count, illicit.Count(x => x), rows, asDeployed);
    }

    private List<int> RulesRanking(List<PlanCandidate> subset, IReadOnlyList<SelectivityRule> rules)
    {
        var random = new Random(options.Seed);
        var keys = subset.Select(c =>
        {
            var hits = SelectivityRules.Hits(rules, c.Record, c.ValueRatio);
            var severity = hits.Count == 0 ? 0 : (int)hits.Max(h => h.Channel);
            return (severity, hits.Count, tie: random.Next());
        }).ToArray();
        return Enumerable.Range(0, subset.Count)
            .OrderByDescending(i => keys[i].severity).ThenByDescending(i => keys[i].Count).ThenBy(i => keys[i].tie).ToList();
    }

    /// <summary>The planner as deployed, with k of the population as red capacity; its red picks first (rules, exploration, model).</summary>
    private List<int> HybridRanking(List<PlanCandidate> subset, IReadOnlyList<SelectivityRule> authored, bool modelAvailable, double k, List<int> byScore)
    {
        var plan = new PlannedSelection[subset.Count];
        var group = Enumerable.Range(0, subset.Count).ToList();
        new SelectionPlanner(options).PlanGroup(subset, group, authored, modelAvailable,
            SelectionMetrics.Budget(k, subset.Count), 0, new Random(options.Seed), plan);
        int Priority(int i) => plan[i].Channel != Channel.Red ? 3 : plan[i].Reason switch
        {
            SelectionReason.Rule => 0,
            SelectionReason.RandomExploration => 1,
            _ => 2,
        };
        var position = new int[subset.Count];
        for (var p = 0; p < byScore.Count; p++) position[byScore[p]] = p;
        return group.OrderBy(Priority).ThenBy(i => position[i]).ToList();
    }
}
