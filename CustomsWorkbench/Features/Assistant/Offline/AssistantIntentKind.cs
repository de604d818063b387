using System.Text.Json;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The offline assistant's intent classifier as a catalogue kind. Validation accuracy comes from a model trained on the
/// training split only; the held-out accuracy of the shipped model (training + validation) is measured once per version.
/// </summary>
public sealed class AssistantIntentKind(ModelRegistry registry) : IModelKind
{
    public const string ModelName = "assistant-intent";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => ModelName;

    public ModelCard Card { get; } = new(
        new("Assistant intent classifier", "업무 도우미 의도 분류기"),
        new("Recognises what a user asks the offline work assistant (look up a declaration, explain a score, draft a note…) so the right tool answers. Actions are only proposed.",
            "오프라인 업무 도우미에 대한 요청(신고 조회, 점수 설명, 메모 작성 등)을 인식해 알맞은 도구가 답하게 합니다. 조치는 제안만 합니다."),
        new("Hand-written Korean and English requests in data/assistant (training and validation splits); codes, numbers and importer names are masked.",
            "data/assistant의 직접 작성한 한국어·영어 요청(학습·검증 분할). 코드, 숫자, 수입자명은 가려서 학습합니다."),
        new("Knows only the phrasings it was shown; unusual wording or mixed requests can be misread, and the answer then says which intent it understood. With an LLM endpoint configured this classifier is not used.",
            "학습한 표현만 압니다. 특이한 표현이나 복합 요청은 잘못 이해할 수 있으며, 답변에 이해한 의도를 밝힙니다. LLM 엔드포인트를 설정하면 이 분류기는 쓰이지 않습니다."),
        [new("Masking and keyword cues", "마스킹과 키워드 단서"), new("Maximum-entropy classifier (L-BFGS)", "최대 엔트로피 분류기 (L-BFGS)")]);

    public Task<ModelVersion?> TrainAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct) =>
        Task.Run<ModelVersion?>(async () =>
        {
            var names = OfflineEvaluation.Names();
            var settings = IntentClassifierSettings.Chosen;
            progress.Report(new JobProgress(0.05, "Training on the training split for validation"));
            var validation = OfflineEvaluation.Intents(IntentClassifier.Train(LabelledUtterances.Training(), names, settings), LabelledUtterances.Validation(), names);
            ct.ThrowIfCancellationRequested();
            progress.Report(new JobProgress(0.45, "Training the shipped model on training + validation"));
            var shipped = IntentClassifier.TrainShipped();
            var heldOutSet = LabelledUtterances.HeldOut();
            var heldOut = OfflineEvaluation.Intents(shipped, heldOutSet, names);
            var slots = OfflineEvaluation.Slots(heldOutSet, names);
            progress.Report(new JobProgress(0.9, "Saving"));
            var file = $"intent-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}"[..30] + ".zip";
            shipped.Save(Path.Combine(registry.ArtifactFolder(ModelName), file));
            var metrics = new IntentMetrics(new(validation.Accuracy, null, validation.Count), new(heldOut.Accuracy, slots.Accuracy, heldOut.Count));
            return await registry.RegisterCandidateAsync(new NewModelVersion(ModelName, requestedBy, Path.Combine(ModelName, file),
                JsonSerializer.Serialize(metrics, Json), "{}", TrainingRows: LabelledUtterances.Training().Count + LabelledUtterances.Validation().Count,
                Notes: settings.ToString()), activateIfNone: true, ct);
        }, ct);

    public ModelEvaluation Evaluate(ModelVersion version)
    {
        try
        {
            var m = JsonSerializer.Deserialize<IntentMetrics>(version.MetricsJson, Json);
            return m is null ? ModelEvaluation.Empty : new ModelEvaluation(m.Validation.Figures(), m.HeldOut.Figures());
        }
        catch (JsonException)
        {
            return ModelEvaluation.Empty;
        }
    }

    public Task LoadAsync(ModelVersion version, CancellationToken ct)
    {
        _ = IntentClassifier.Load(registry.ArtifactFullPath(version));
        return Task.CompletedTask;
    }
}

/// <summary>A version's stored figures: validation (trained on training only) and held-out (the shipped model).</summary>
public sealed record IntentMetrics(IntentSplitMetrics Validation, IntentSplitMetrics HeldOut);

public sealed record IntentSplitMetrics(double IntentAccuracy, double? SlotAccuracy, int Utterances)
{
    public IReadOnlyList<ModelMetric> Figures() =>
        SlotAccuracy is { } slots ? [new("intent accuracy", IntentAccuracy), new("slot accuracy", slots)] : [new("intent accuracy", IntentAccuracy)];
}
