using System.Text.Json;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// The HS classification assistant as a catalogue kind: trained in process from the shipped knowledge and the
/// database's past declarations; validation figures come from the validation set (which also calibrates confidence),
/// the held-out figures are measured once per version and only shown.
/// </summary>
public sealed class HsClassifierKind(ModelRegistry registry, PastDeclarations past) : IModelKind
{
    public const string ModelName = "hs-classifier";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => ModelName;

    public ModelCard Card { get; } = new(
        new("HS classification assistant", "HS 품목분류 도우미"),
        new("Suggests the five most likely tariff codes (HS 6-digit, HSK 10-digit where the workbench knows the line) for a goods description in Korean or English, with calibrated confidence and reasons. It helps an officer or trader look; the declared code remains a person's decision.",
            "한국어·영어 물품 설명에 가장 알맞은 세번 5개(HS 6단위, 워크벤치가 아는 HSK 10단위)를 보정된 신뢰도와 근거와 함께 제안합니다. 세관 직원과 무역업체의 검토를 돕는 도구이며, 신고 세번은 사람이 결정합니다."),
        new("The HS 2022 nomenclature (PDDL), a hand-written Korean glossary of everyday goods words, the HSK lines' Korean names and the descriptions of past declarations with their codes. The re-ranker learns from glossary terms held out of the index; confidence is calibrated on a hand-written validation set.",
            "HS 2022 품목표(PDDL), 직접 작성한 일상 물품 용어 한국어 사전, HSK 세번의 한글 품명, 과거 신고의 물품명과 세번. 재순위 모델은 색인에서 뺀 사전 용어로 학습하고, 신뢰도는 직접 작성한 검증 세트로 보정합니다."),
        new("Knows goods through words: brand-only or very short descriptions, parts and accessories, and goods whose code depends on composition or processing (percentages, alloys, chemical purity) are often placed under the right heading but the wrong subheading. Past declarations carry their declared codes, including any misdeclared ones.",
            "단어로 물품을 압니다. 상표만 적은 설명, 아주 짧은 설명, 부분품·부속품, 성분·가공 정도(함량, 합금, 순도)에 따라 세번이 갈리는 물품은 호는 맞아도 소호를 틀리기 쉽습니다. 과거 신고는 신고된 세번(잘못 신고된 것 포함)을 그대로 담고 있습니다."),
        [new("TF-IDF retrieval over words and character n-grams", "단어·글자 n-gram TF-IDF 검색"), new("FastTree LambdaMART re-ranker", "FastTree LambdaMART 재순위"),
            new("Temperature calibration on validation", "검증 세트 온도 보정")]);

    public Task<ModelVersion?> TrainAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct) =>
        Task.Run<ModelVersion?>(async () =>
        {
            progress.Report(new JobProgress(0.02, "Reading past declarations"));
            var knowledge = ClassificationKnowledge.Shipped(await past.LoadAsync(ct));
            var engine = HsClassifierTrainer.Train(knowledge, LabelledDescriptions.Validation(),
                new Platform.InlineProgress<double>(f => progress.Report(new JobProgress(0.05 + 0.8 * f, "Training the re-ranker"))));
            ct.ThrowIfCancellationRequested();
            progress.Report(new JobProgress(0.88, "Measuring on validation and held-out descriptions"));
            var metrics = new HsClassifierMetrics(ClassificationEvaluation.Measure(engine, LabelledDescriptions.Validation()).Metrics,
                ClassificationEvaluation.Measure(engine, LabelledDescriptions.HeldOut()).Metrics);
            var file = $"hs-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}"[..26] + ".zip";
            HsClassifierFiles.Save(engine, Path.Combine(registry.ArtifactFolder(ModelName), file));
            return await registry.RegisterCandidateAsync(new NewModelVersion(ModelName, requestedBy, Path.Combine(ModelName, file),
                JsonSerializer.Serialize(metrics, Json), "{}", TrainingRows: knowledge.Glossary.Sum(g => g.Terms.Count()) + knowledge.Past.Count,
                Notes: $"glossary {knowledge.Glossary.Count} entries, {knowledge.Past.Count} past descriptions, T={engine.Calibration.Temperature:0.##}"),
                activateIfNone: true, ct);
        }, ct);

    public ModelEvaluation Evaluate(ModelVersion version)
    {
        try
        {
            var m = JsonSerializer.Deserialize<HsClassifierMetrics>(version.MetricsJson, Json);
            return m is null ? ModelEvaluation.Empty : new ModelEvaluation(Figures(m.Validation), Figures(m.HeldOut));
        }
        catch (JsonException)
        {
            return ModelEvaluation.Empty;
        }
    }

    public Task LoadAsync(ModelVersion version, CancellationToken ct) =>
        Task.Run(() => { _ = HsClassifierFiles.Load(registry.ArtifactFullPath(version)); }, ct);

    private static IReadOnlyList<ModelMetric> Figures(ClassificationMetrics m) =>
    [
        new("heading top-1", m.HeadingTop1), new("subheading top-1", m.SubheadingTop1), new("subheading top-3", m.SubheadingTop3),
        new("calibration error (ECE)", m.ExpectedCalibrationError, LowerIsBetter: true),
    ];
}

public sealed record HsClassifierMetrics(ClassificationMetrics Validation, ClassificationMetrics HeldOut);
