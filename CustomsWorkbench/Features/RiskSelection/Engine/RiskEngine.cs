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
    IDbContextFactory<WorkbenchDbContext> factory, IOptions<RiskOptions> options, FeatureStateFactory states, RiskShadowScorer shadow,
    Capacity.OfficeCapacityService capacity, ILogger<RiskEngine> logger) : IRiskScoringService
{
    public const string ModelName = "risk";
    public const string RulesOnlyVersion = "rules-only";
    public const string Actor = "risk-engine";
    /// <summary>Batches larger than this get one audit entry per chunk instead of one per declaration.</summary>
    private const int AuditOnePerDeclarationUpTo = 20, AuditChunk = 2_500, WriteChunk = 5_000, SliceSize = 25_000;
    /// <summary>Korean labels stored as text, not \uXXXX escapes (half the size, readable in the database).</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

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
            var ids = declarationIds.Distinct().ToList();
            if (_state is null || ids.Any(_state.HasObserved))
            {
                // First use or re-scoring: rebuild the history so each declaration sees only what came before it.
                await ScoreInSlicesAsync(await RebuildAsync(ids.ToHashSet(), ct), completeDays: false, null, ct);
            }
            else
            {
                var records = await loader.LoadAsync(ids, ct);
                await ScoreAndWriteAsync(records, _state.BuildChronological(records), completeDays: false, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Arrivals: new declarations are scored; known ones only bring a newly recorded inspection label into the history.</summary>
    public Task ObserveOutcomesAsync(IReadOnlyList<int> declarationIds, CancellationToken ct = default) => OnArrivedAsync(declarationIds, ct);

    public async Task OnArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct)
    {
        List<int> fresh;
        await _gate.WaitAsync(ct);
        try
        {
            var state = _state;
            // No history in memory yet: building it reads these declarations too, so ScoreAsync scores them through the rebuild.
            if (state is null) fresh = declarationIds.ToList();
            else
            {
                var known = declarationIds.Where(state.HasObserved).ToList();
                foreach (var r in await loader.LoadAsync(known, ct)) state.Observe(r);
                fresh = declarationIds.Where(id => !state.HasObserved(id)).ToList();
            }
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
            progress?.Report(new JobProgress(0.1, "Loading declarations and computing features"));
            var all = await RebuildAsync(null, ct);
            progress?.Report(new JobProgress(0.4, "Scoring"));
            await ScoreInSlicesAsync(all, completeDays: true, progress, ct);
            await RefreshThresholdsAsync(ct);
            return all.Ids.Count;
        }
        finally
        {
            _gate.Release();
        }
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

    /// <summary>Wanted declarations in date order with their features (row i of <see cref="Features"/> is <see cref="Ids"/>[i]).</summary>
    private sealed record HistoryFeatures(List<int> Ids, List<DateOnly> Dates, float[] Features);

    /// <summary>
    /// Rebuilds the history from every stored declaration in one streaming chronological pass (replacing the in-memory
    /// state) and keeps the features of the wanted declarations (all when null); records are not kept, so memory stays
    /// at the state plus one float row per wanted declaration.
    /// </summary>
    private async Task<HistoryFeatures> RebuildAsync(IReadOnlySet<int>? wanted, CancellationToken ct)
    {
        var state = await states.CreateAsync(ct: ct);
        var ids = new List<int>();
        var dates = new List<DateOnly>();
        var features = new List<float>(RiskFeatures.Count * Math.Min(wanted?.Count ?? 50_000, 1_000_000));
        await state.BuildChronologicalAsync(loader.StreamAllAsync(ct), (r, f) =>
        {
            if (wanted is not null && !wanted.Contains(r.Id)) return;
            ids.Add(r.Id);
            dates.Add(r.Date);
            features.AddRange(f);
        }, ct);
        _state = state;
        if (_thresholds == ChannelThresholds.None) await RefreshThresholdsAsync(ct);
        return new HistoryFeatures(ids, dates, features.ToArray());
    }

    /// <summary>Arrival cut-offs from the queue's stored scores of the active model (the same shares as the capacity plan).</summary>
    private async Task RefreshThresholdsAsync(CancellationToken ct)
    {
        if (_model is null) return;
        await using var db = await factory.CreateDbContextAsync(ct);
        var version = _model.Version;
        var scores = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.ModelVersion == version).Select(t => t.Score).ToListAsync(ct);
        if (scores.Count >= 100) _thresholds = _planner.ThresholdsFor(scores);
    }

    /// <summary>Scores history features in slices of whole days (capacity is per day), loading each slice's records then.</summary>
    private async Task ScoreInSlicesAsync(HistoryFeatures wanted, bool completeDays, IProgress<JobProgress>? progress, CancellationToken ct)
    {
        var start = 0;
        while (start < wanted.Ids.Count)
        {
            var end = Math.Min(start + SliceSize, wanted.Ids.Count);
            while (end < wanted.Ids.Count && wanted.Dates[end] == wanted.Dates[end - 1]) end++;
            var records = await loader.LoadAsync(wanted.Ids.GetRange(start, end - start), ct);
            var offsets = new Dictionary<int, int>(end - start);
            for (var i = start; i < end; i++) offsets[wanted.Ids[i]] = i;
            var features = new float[records.Count * RiskFeatures.Count];
            for (var n = 0; n < records.Count; n++)
                Array.Copy(wanted.Features, offsets[records[n].Id] * RiskFeatures.Count, features, n * RiskFeatures.Count, RiskFeatures.Count);
            await ScoreAndWriteAsync(records, features, completeDays, ct);
            start = end;
            progress?.Report(new JobProgress(0.4 + 0.6 * start / wanted.Ids.Count, $"Scored {start:N0} of {wanted.Ids.Count:N0} declarations"));
        }
    }

    /// <summary>
    /// Scores and plans the whole batch at once (capacity is per day and office), then explains, writes, audits and
    /// announces it in chunks so a 200,000-row import never holds all its explanations in memory.
    /// </summary>
    private async Task ScoreAndWriteAsync(IReadOnlyList<RiskRecord> records, float[] features, bool completeDays, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = _model;
        var scores = BatchScorer.Score(model, features, records.Count, options.Value.ProbabilityWeight);
        var rules = await RulesAsync(ct);
        var candidates = scores.Candidates(records);
        var plan = Plan(candidates, rules, model is not null, completeDays);
        // Live arrivals are held to the capacity a supervisor set for their office and day; history keeps its share-based plan.
        if (!completeDays)
        {
            var left = await capacity.LeftAsync(candidates.Select(c => (c.Record.Date, c.Record.OfficeId)).ToList(), records.Select(r => r.Id).ToList(), ct);
            if (left.Count > 0) plan = CapacityLimiter.Apply(candidates, plan, (date, office) => left.GetValueOrDefault((date, office)));
        }
        // Arrivals only (a whole-history re-score is not live traffic): a shadow version scores them too, deciding nothing.
        if (!completeDays) await shadow.ScoreAsync(records, features, scores, plan, ModelVersion, rules, ct);
        var scoredAt = clock.Elapsed;
        var explaining = TimeSpan.Zero;
        var zeros = new float[RiskFeatures.Count];
        for (var first = 0; first < records.Count; first += WriteChunk)
        {
            var count = Math.Min(WriteChunk, records.Count - first);
            var explainStart = clock.Elapsed;
            var contributions = model?.Contributions(features, first, count);
            var rows = new AssessmentRow[count];
            for (var n = 0; n < count; n++)
            {
                var i = first + n;
                var explanation = RiskExplainer.Explain(
                    features.AsSpan(i * RiskFeatures.Count, RiskFeatures.Count),
                    contributions is null ? zeros : contributions.AsSpan(n * RiskFeatures.Count, RiskFeatures.Count),
                    options.Value.ExplanationFeatures, plan[i].RuleHits, plan[i].Reason == SelectionReason.RandomExploration,
                    scores.Probability[i], scores.ExpectedRevenue[i], model is not null);
                rows[n] = new AssessmentRow(records[i], ModelVersion, Math.Round(scores.Probability[i], 5), Math.Round(scores.ExpectedRevenue[i]),
                    Math.Round(scores.Score[i], 5), plan[i].Channel, plan[i].Reason, JsonSerializer.Serialize(explanation, Json));
            }
            explaining += clock.Elapsed - explainStart;
            await writer.WriteAsync(rows, ct);
            await AuditAsync(rows, ct);
            await notifier.PublishAsync(RiskEvents.QueueTopic, RiskEvents.Scored, rows.Select(r => r.Record.Id).ToArray(), ct);
        }
        // Scored declarations join the history for whatever arrives next.
        foreach (var r in records) _state?.Observe(r);
        logger.LogInformation("Scored {Count} declarations with {Model}: scores and plan {Score:0} ms, explanations {Explain:0} ms, write+audit+publish {Write:0} ms",
            records.Count, ModelVersion, scoredAt.TotalMilliseconds, explaining.TotalMilliseconds, (clock.Elapsed - scoredAt - explaining).TotalMilliseconds);
    }

    /// <summary>
    /// Capacity planning per (date, office) when the batch holds whole days (history) or no thresholds exist yet;
    /// for arrivals, groups big enough to have a capacity are planned by it and the rest one by one against thresholds.
    /// </summary>
    private PlannedSelection[] Plan(PlanCandidate[] candidates, IReadOnlyList<SelectivityRule> rules, bool modelAvailable, bool completeDays)
    {
        if (completeDays || (modelAvailable && _thresholds == ChannelThresholds.None)) return _planner.Plan(candidates, rules, modelAvailable);
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
