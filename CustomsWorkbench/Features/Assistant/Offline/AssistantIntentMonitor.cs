using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>A proposal's day and whether the officer let it go (still unconfirmed after <see cref="AssistantDecisionSource.DeclinedAfter"/>).</summary>
public sealed record ProposalOutcome(DateOnly Date, bool Declined);

/// <summary>
/// The active intent classifier in use: the mix of intents it reads in officers' recorded questions per week against the
/// mix of intents it was trained on (PSI over intents), and the share of the assistant's proposed actions officers did
/// not take up. Questions carry no true intent, so there is no calibration to show.
/// </summary>
public sealed class AssistantIntentMonitor(IDbContextFactory<WorkbenchDbContext> factory, ModelRegistry registry, OfflineLanguageModel language,
    TimeProvider clock) : IModelMonitor
{
    /// <summary>Fewer questions than this say nothing about a mix of a dozen intents.</summary>
    public const int MinQuestions = 30;

    public string Name => AssistantIntentKind.ModelName;

    public async Task<ModelHealth> HealthAsync(ModelVersion version, double threshold, CancellationToken ct)
    {
        var weeks = WeeklyHealth.Ending(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var since = weeks[0].ToDateTime(TimeOnly.MinValue);
        var declinedBefore = clock.GetUtcNow().UtcDateTime - AssistantDecisionSource.DeclinedAfter;
        await using var db = await factory.CreateDbContextAsync(ct);
        var questions = await db.Set<AssistantMessage>().AsNoTracking().Where(m => m.Role == "user" && m.AtUtc >= since)
            .Select(m => new { m.AtUtc, m.Text }).ToListAsync(ct);
        var proposals = await db.Set<AssistantProposal>().AsNoTracking()
            .Where(p => p.CreatedAtUtc >= since && (p.Status != ProposalStatus.Proposed || p.CreatedAtUtc < declinedBefore))
            .Select(p => new { p.CreatedAtUtc, p.Status }).ToListAsync(ct);
        var outcomes = proposals.Select(p => new ProposalOutcome(DateOnly.FromDateTime(p.CreatedAtUtc), p.Status == ProposalStatus.Proposed)).ToList();
        if (questions.Count < MinQuestions) return Compute(version, threshold, weeks, [], [], outcomes);

        var classifier = await ClassifierAsync(version, ct);
        var names = await language.SlotsAsync(ct);
        var read = await Task.Run(() => questions.Select(q => (DateOnly.FromDateTime(q.AtUtc), classifier.Predict(q.Text, names).Intent)).ToList(), ct);
        var trained = LabelledUtterances.Training().Concat(LabelledUtterances.Validation()).Select(u => u.Intent).ToList();
        return Compute(version, threshold, weeks, trained, read, outcomes);
    }

    /// <summary>The health from the intents the version was trained on, the intents it read per day, and the proposals' outcomes.</summary>
    public static ModelHealth Compute(ModelVersion version, double threshold, IReadOnlyList<DateOnly> weeks, IReadOnlyList<string> trainedIntents,
        IReadOnlyList<(DateOnly Date, string Intent)> read, IReadOnlyList<ProposalOutcome> proposals)
    {
        if (read.Count < MinQuestions)
            return ModelHealth.Insufficient(version, threshold, new(
                $"Officers asked the assistant {read.Count} questions in the last {weeks.Count} weeks; the intent mix is charted from {MinQuestions} questions on.",
                $"최근 {weeks.Count}주 동안 업무 도우미에 들어온 질문은 {read.Count}건입니다. 의도 분포는 {MinQuestions}건부터 그립니다."));
        return new ModelHealth(version.Version, "", WeeklyHealth.Labels(weeks), [],
            WeeklyHealth.CategoryPsi(trainedIntents, weeks, read), [],
            WeeklyHealth.Shares(weeks, proposals.Select(p => (p.Date, p.Declined))), threshold)
        {
            Wording = new HealthWording(
                Score: new("Intent mix drift per week (PSI)", "주별 의도 분포 드리프트 (PSI)"),
                Calibration: new("Correctly read questions by confidence decile (%)", "신뢰도 십분위별 바르게 인식한 질문 (%)"),
                Overrides: new("Proposed actions officers did not take up per week (%)", "주별 직원이 받아들이지 않은 제안 조치 비율 (%)"),
                Baseline: new($"the intents of its {trainedIntents.Count} training requests", $"학습 요청 {trainedIntents.Count}건의 의도")),
            NoOverrideData = new("The assistant proposed no action in these weeks.", "이 기간에 업무 도우미가 제안한 조치가 없습니다."),
        };
    }

    private async Task<IntentClassifier> ClassifierAsync(ModelVersion version, CancellationToken ct)
    {
        var active = await registry.GetActiveAsync(Name, ct);
        return active?.Version == version.Version
            ? await language.ClassifierAsync()
            : await Task.Run(() => IntentClassifier.Load(registry.ArtifactFullPath(version)), ct);
    }
}
