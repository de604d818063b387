using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>The risk models (illicit probability and expected revenue, one version) as a kind of the model catalogue.</summary>
public sealed class RiskModelKind(RiskTrainingRun run, RiskEngine engine, ModelRegistry registry) : IModelKind
{
    private static readonly double[] HeadlineKs = [0.01, 0.05];

    public string Name => RiskEngine.ModelName;

    public ModelCard Card { get; } = new(
        new("Risk selection", "위험 선별"),
        new("Ranks arriving import declarations for documentary or physical inspection; officers and supervisors decide. Rules and 10% random exploration come first.",
            "도착한 수입신고를 서류·물품 검사 우선순위로 정렬합니다. 결정은 세관 직원과 감독자가 합니다. 규칙과 10% 무작위 검사가 먼저 적용됩니다."),
        new("Inspected declarations with their results (illicit, additional revenue); features use only what was known before each declaration's date.",
            "검사 결과(위반 여부, 추가 세수)가 있는 수입신고. 특성은 각 신고일 이전에 알려진 정보만 사용합니다."),
        new("Learns only from declarations that were inspected, so past selection shapes it; new traders and new goods have little history. Scores are ranks, not calibrated probabilities of fraud.",
            "검사된 신고에서만 학습하므로 과거의 선별 방식에 영향을 받습니다. 신규 업체와 새로운 물품은 이력이 적습니다. 점수는 순위이며 보정된 부정 확률이 아닙니다."),
        [new("Illicit probability (LightGBM)", "위반 확률 (LightGBM)"), new("Expected revenue (LightGBM)", "예상 추징 세액 (LightGBM)")]);

    public async Task<ModelVersion?> TrainAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct)
    {
        var version = await run.TrainAndRegisterAsync(requestedBy, progress, ct);
        // The first model ever becomes active at once: score the queue with it.
        if (version?.Status == ModelStatus.Active) await engine.ScoreAllAsync(null, ct);
        return version;
    }

    public ModelEvaluation Evaluate(ModelVersion version)
    {
        var validation = SubObject(version.MetricsJson, "validation");
        return new ModelEvaluation(validation is null ? [] : Figures(validation), Figures(version.MetricsJson));
    }

    public Task LoadAsync(ModelVersion version, CancellationToken ct)
    {
        _ = RiskModel.Load(registry.ArtifactFullPath(version), version.Version);
        return Task.CompletedTask;
    }

    /// <summary>The model's precision, recall and revenue share at 1% and 5% on the inspected population of a report.</summary>
    public static IReadOnlyList<ModelMetric> Figures(string json) =>
        ModelMetrics.ModelRows(json).Where(r => HeadlineKs.Contains(r.K))
            .SelectMany(r => new[]
            {
                new ModelMetric($"precision@{r.K:P0}", r.Precision), new ModelMetric($"recall@{r.K:P0}", r.Recall),
                new ModelMetric($"revenue@{r.K:P0}", r.Revenue),
            })
            .Where(m => !double.IsNaN(m.Value)).ToList();

    private static string? SubObject(string json, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object
                ? v.GetRawText() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
