using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// The live selection engine: an in-memory <see cref="FeatureState"/> built from the database in one pass on first use
/// and advanced as declarations arrive, the ACTIVE model from the registry (cached; reloaded when the active version
/// changes, e.g. after a supervisor's promotion), and the write of assessments and queue rows. Scoring is serialised.
/// </summary>
public sealed class RiskEngine(
    RiskRecordLoader loader, RiskAssessmentWriter writer, ModelRegistry registry, IAuditLog audit, IRealtimeNotifier notifier,
    IDbContextFactory<WorkbenchDbContext> factory, IOptions<RiskOptions> options, ILogger<RiskEngine> logger) : IRiskScoringService
{
    public const string ModelName = "risk";
    public const string RulesOnlyVersion = "rules-only";
    public const string Actor = "risk-engine";
    /// <summary>Batches larger than this get one audit entry per chunk instead of one per declaration.</summary>
    private const int AuditOnePerDeclarationUpTo = 20, AuditChunk = 2_000, PublishChunk = 5_000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SelectionPlanner _planner = new(options.Value);
    private FeatureState? _state;
    private RiskModel? _model;
    private ChannelThresholds _thresholds = ChannelThresholds.None;

    public RiskOptions Options => options.Value;
    /// <summary>Version of the model in use, or "rules-only".</summary>
    public string ModelVersion => _model?.Version ?? RulesOnlyVersion;

    /// <summary>Scores the declarations: new ones with the running history (then added to it), known ones after rebuilding it.</summary>
    public async Task ScoreAsync(IReadOnlyList<int> declarationIds, CancellationToken ct = default)
    {
        if (declarationIds.Count == 0) return;
        await _gate.WaitAsync(ct);
        try
        {
            await RefreshModelAsync(ct);
            var state = await StateAsync(ct);
            var ids = declarationIds.Distinct().ToList();
            if (ids.Any(state.HasObserved))
            {
                // Re-scoring: rebuild the history so each declaration sees only what came before it.
                var all = await loader.LoadAllAsync(ct);
                var rebuilt = NewState();
                var allFeatures = rebuilt.BuildChronological(all);
                _state = rebuilt;
                var wanted = ids.ToHashSet();
                var picked = new List<RiskRecord>(wanted.Count);
                var features = new List<float>(wanted.Count * RiskFeatures.Count);
                for (var i = 0; i < all.Count; i++)
                {
                    if (!wanted.Contains(all[i].Id)) continue;
                    picked.Add(all[i]);
                    features.AddRange(allFeatures.AsSpan(i * RiskFeatures.Count, RiskFeatures.Count).ToArray());
                }
                await ScoreAndWriteAsync(picked, features.ToArray(), ct);
            }
            else
            {
                var records = await loader.LoadAsync(ids, ct);
                await ScoreAndWriteAsync(records, state.BuildChronological(records), ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Arrivals: new declarations are scored; known ones only bring a newly recorded inspection label into the history.</summary>
    public async Task OnArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct)
    {
        if (_state is null)
        {
            // No history in memory yet: building it reads these declarations too, so score them through the rebuild path.
            await ScoreAsync(declarationIds, ct);
            return;
        }
        List<int> fresh;
        await _gate.WaitAsync(ct);
        try
        {
            var state = await StateAsync(ct);
            var known = declarationIds.Where(state.HasObserved).ToList();
            foreach (var r in await loader.LoadAsync(known, ct)) state.Observe(r);
            fresh = declarationIds.Where(id => !state.HasObserved(id)).ToList();
        }
        finally
        {
            _gate.Release();
        }
        await ScoreAsync(fresh, ct);
    }

    /// <summary>Rebuilds the history and re-scores every declaration with the active model (first start, after promotion).</summary>
    public async Task<int> ScoreAllAsync(IProgress<JobProgress>? progress = null, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await RefreshModelAsync(ct, force: true);
            progress?.Report(new JobProgress(0.1, "Loading declarations"));
            var all = await loader.LoadAllAsync(ct);
            progress?.Report(new JobProgress(0.2, "Computing features"));
            var state = NewState();
            var features = state.BuildChronological(all);
            _state = state;
            progress?.Report(new JobProgress(0.4, "Scoring"));
            await ScoreAndWriteAsync(all, features, ct, updateThresholds: true);
            return all.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the cached model and history (e.g. after a promotion); the next scoring reloads both.</summary>
    public void Invalidate()
    {
        _model = null;
        _modelChecked = null;
        _state = null;
    }

    private string? _modelChecked;

    private async Task RefreshModelAsync(CancellationToken ct, bool force = false)
    {
        var active = await registry.GetActiveAsync(ModelName, ct);
        if (!force && active?.Version == _modelChecked) return;
        _modelChecked = active?.Version;
        if (active is null)
        {
            _model = null;
            return;
        }
        try
        {
            _model = RiskModel.Load(registry.ArtifactFullPath(active), active.Version);
            _thresholds = ChannelThresholds.None;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException)
        {
            logger.LogError(e, "Active risk model {Version} could not be loaded; scoring with rules only", active.Version);
            _model = null;
        }
    }

    private FeatureState NewState() => new(options.Value.PriorStrength, options.Value.MinPeers);

    private async Task<FeatureState> StateAsync(CancellationToken ct)
    {
        if (_state is not null) return _state;
        var all = await loader.LoadAllAsync(ct);
        var state = NewState();
        var features = state.BuildChronological(all);
        if (_model is not null && all.Count > 0)
        {
            var scores = BatchScorer.Score(_model, features, all.Count, options.Value.ProbabilityWeight);
            _thresholds = _planner.ThresholdsFor(scores.Score);
        }
        return _state = state;
    }

    private async Task ScoreAndWriteAsync(IReadOnlyList<RiskRecord> records, float[] features, CancellationToken ct, bool updateThresholds = false)
    {
        if (records.Count == 0) return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = _model;
        var scores = BatchScorer.Score(model, features, records.Count, options.Value.ProbabilityWeight);
        var scoredAt = clock.Elapsed;
        if (updateThresholds && model is not null) _thresholds = _planner.ThresholdsFor(scores.Score);
        var rules = await RulesAsync(ct);
        var candidates = scores.Candidates(records);
        var plan = Plan(candidates, rules, model is not null);
        var contributions = model?.Contributions(features, records.Count);
        var explainedAt = clock.Elapsed;
        var rows = new AssessmentRow[records.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var explanation = RiskExplainer.Explain(
                features.AsSpan(i * RiskFeatures.Count, RiskFeatures.Count),
                contributions is null ? new float[RiskFeatures.Count] : contributions.AsSpan(i * RiskFeatures.Count, RiskFeatures.Count),
                options.Value.ExplanationFeatures, plan[i].RuleHits, plan[i].Reason == SelectionReason.RandomExploration,
                scores.Probability[i], scores.ExpectedRevenue[i], model is not null);
            rows[i] = new AssessmentRow(records[i], ModelVersion, Math.Round(scores.Probability[i], 5), Math.Round(scores.ExpectedRevenue[i]),
                Math.Round(scores.Score[i], 5), plan[i].Channel, plan[i].Reason, JsonSerializer.Serialize(explanation, Json));
        }
        await writer.WriteAsync(rows, ct);
        var writtenAt = clock.Elapsed;
        await AuditAsync(rows, ct);
        foreach (var chunk in records.Select(r => r.Id).Chunk(PublishChunk))
            await notifier.PublishAsync(RiskEvents.QueueTopic, RiskEvents.Scored, chunk, ct);
        // Scored declarations join the history for whatever arrives next.
        foreach (var r in records) _state?.Observe(r);
        logger.LogInformation("Scored {Count} declarations with {Model}: models {Score:0} ms, contributions {Explain:0} ms, write {Write:0} ms, audit+publish {Rest:0} ms",
            records.Count, ModelVersion, scoredAt.TotalMilliseconds, (explainedAt - scoredAt).TotalMilliseconds,
            (writtenAt - explainedAt).TotalMilliseconds, (clock.Elapsed - writtenAt).TotalMilliseconds);
    }

    /// <summary>Capacity planning for (date, office) groups big enough to have a capacity, thresholds for the rest.</summary>
    private PlannedSelection[] Plan(PlanCandidate[] candidates, IReadOnlyList<SelectivityRule> rules, bool modelAvailable)
    {
        var plan = new PlannedSelection[candidates.Length];
        var byCapacity = new List<int>();
        foreach (var group in SelectionPlanner.GroupIndexes(candidates))
        {
            if (group.Count >= SelectionPlanner.MinimumGroupForCapacity) byCapacity.AddRange(group);
            else foreach (var i in group) plan[i] = _planner.PlanOne(candidates[i], rules, modelAvailable, _thresholds);
        }
        if (byCapacity.Count > 0)
        {
            var subset = byCapacity.Select(i => candidates[i]).ToArray();
            var planned = _planner.Plan(subset, rules, modelAvailable);
            for (var n = 0; n < byCapacity.Count; n++) plan[byCapacity[n]] = planned[n];
        }
        return plan;
    }

    private async Task<IReadOnlyList<SelectivityRule>> RulesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rules = await db.Set<SelectivityRule>().AsNoTracking().Where(r => r.IsLatest && r.Enabled).ToListAsync(ct);
        return SelectivityRules.Applicable(rules);
    }

    private async Task AuditAsync(AssessmentRow[] rows, CancellationToken ct)
    {
        static object Output(AssessmentRow r) => new { declarationId = r.Record.Id, score = r.Score, probability = r.Probability, channel = r.Channel.ToString(), reason = r.Reason.ToString() };
        if (rows.Length <= AuditOnePerDeclarationUpTo)
        {
            foreach (var r in rows)
                await audit.RecordAsync(AuditRecord.AiRecommendation(Actor, "risk.scored", "Declaration", r.Record.Id.ToString(), r.ModelVersion, Output(r)), ct);
            return;
        }
        foreach (var chunk in rows.Chunk(AuditChunk))
        {
            await audit.RecordAsync(AuditRecord.AiRecommendation(Actor, "risk.scored-batch", "Declaration",
                $"{chunk[0].Record.Id}..{chunk[^1].Record.Id} ({chunk.Length})", chunk[0].ModelVersion, chunk.Select(Output).ToList(),
                new { count = chunk.Length }), ct);
        }
    }
}
