using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// One training run on the current database: features in one pass, a time-split evaluation (the metrics stored with the
/// version), the two models trained on every inspected declaration, saved under the registry's "risk" folder and
/// registered — active only when no risk model is active yet, otherwise a candidate awaiting a supervisor's promotion.
/// </summary>
public sealed class RiskTrainingRun(
    RiskRecordLoader loader, ModelRegistry registry, IDbContextFactory<WorkbenchDbContext> factory, IOptions<RiskOptions> options,
    FeatureStateFactory states, ILogger<RiskTrainingRun> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Returns the registered version, or null when there are too few labels to train.</summary>
    public async Task<ModelVersion?> TrainAndRegisterAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        progress.Report(new JobProgress(0.02, "Loading declarations"));
        var records = await loader.LoadAllAsync(ct);
        if (records.Count == 0) return null;
        progress.Report(new JobProgress(0.15, $"Computing features for {records.Count:N0} declarations"));
        var features = (await states.CreateAsync(ct: ct)).BuildChronological(records);

        var featuresAt = clock.Elapsed;
        progress.Report(new JobProgress(0.3, "Evaluating on a time split"));
        var rules = await AuthoredRulesAsync(factory, ct);
        var truth = await DemoTruth.LoadAsync(factory, ct);
        var evaluator = new RiskEvaluator(options.Value);
        var evaluation = evaluator.Evaluate(records, features, null, rules, truth);
        progress.Report(new JobProgress(0.45, "Evaluating on the validation window"));
        var validation = evaluator.Validate(records, features, evaluation.TestFrom, rules, truth);

        var evaluatedAt = clock.Elapsed;
        progress.Report(new JobProgress(0.6, "Training on all inspected declarations"));
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff");
        var model = new RiskModelTrainer(options.Value).Train(records, features, _ => true, stamp);
        if (model is null) return null;

        progress.Report(new JobProgress(0.85, "Saving"));
        var folder = Path.Combine(registry.ArtifactFolder(RiskEngine.ModelName), stamp);
        model.Save(folder);
        var metrics = JsonSerializer.Serialize(RiskEvaluationReport.From(evaluation, validation), Json);
        var importance = JsonSerializer.Serialize(model.FeatureImportance(), Json);
        var version = await registry.RegisterCandidateAsync(new NewModelVersion(
            RiskEngine.ModelName, requestedBy, Path.Combine(RiskEngine.ModelName, stamp), metrics, importance,
            model.Metadata.TrainedFrom, model.Metadata.TrainedTo, model.Metadata.TrainingRows,
            $"LightGBM {options.Value.Trees} trees; score = {options.Value.ProbabilityWeight}·P + {1 - options.Value.ProbabilityWeight}·revenue{(options.Value.NetworkRisk ? "; network risk on" : "")}{(options.Value.Misclassification ? "; misclassification on" : "")}"),
            activateIfNone: true, ct);
        logger.LogInformation("Risk training: load+features {Features:0} ms, evaluation {Evaluation:0} ms, training+save+register {Training:0} ms",
            featuresAt.TotalMilliseconds, (evaluatedAt - featuresAt).TotalMilliseconds, (clock.Elapsed - evaluatedAt).TotalMilliseconds);
        progress.Report(new JobProgress(1, $"Registered {version.Version} ({version.Status})"));
        return version;
    }

    public static async Task<IReadOnlyList<SelectivityRule>> AuthoredRulesAsync(IDbContextFactory<WorkbenchDbContext> factory, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return SelectivityRules.Applicable(await db.Set<SelectivityRule>().AsNoTracking().Where(r => r.IsLatest && r.Enabled).ToListAsync(ct));
    }
}

/// <summary>
/// The evaluation as stored in the registry's metrics and printed by `evaluate risk --json`: the test window (final,
/// only reported) and, when the history allows it, the validation window before it (<see cref="Validation"/>).
/// </summary>
public sealed record RiskEvaluationReport(
    DateOnly TrainFrom, DateOnly TestFrom, DateOnly TestTo, int TrainingRows, string Rules, string Population,
    int TestDeclarations, int TestIllicit, IReadOnlyList<StrategyRow> Strategies, GroundTruthReport? GroundTruth,
    RiskEvaluationReport? Validation = null, StrategyRow? AsDeployed = null)
{
    public static RiskEvaluationReport From(RiskEvaluationResult r, RiskEvaluationResult? validation = null) => new(
        r.TrainFrom, r.TestFrom, r.TestTo, r.TrainingRows, r.RulesUsed, r.Inspected.Population, r.Inspected.Declarations,
        r.Inspected.Illicit, Rows(r.Inspected),
        r.GroundTruth is null ? null : new GroundTruthReport(r.GroundTruth.Population, r.GroundTruth.Declarations, r.GroundTruth.Illicit, Rows(r.GroundTruth), Row(r.GroundTruth.AsDeployed)),
        validation is null ? null : From(validation), Row(r.Inspected.AsDeployed));

    private static List<StrategyRow> Rows(EvaluationTable t) => t.Strategies.Select(Row).ToList();

    private static StrategyRow Row(StrategyMetrics s) => new(s.Name, Math.Round(s.K, 4), Math.Round(s.Precision, 4), Math.Round(s.Recall, 4), Math.Round(s.Revenue, 4));
}

public sealed record GroundTruthReport(string Population, int Declarations, int Illicit, IReadOnlyList<StrategyRow> Strategies, StrategyRow? AsDeployed = null);

public sealed record StrategyRow(string Name, double K, double Precision, double Recall, double Revenue);
