using System.Text.Json;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>The parcel risk model as a kind of the model catalogue: `models list`, /oversight/models, promotion and rollback.</summary>
public sealed class ParcelRiskModelKind(ParcelRiskTrainingRun run, ParcelRiskScorer scorer, ModelRegistry registry) : IModelKind
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => ParcelRiskScorer.ModelName;

    public ModelCard Card { get; } = new(
        new("Parcel risk", "특송화물 위험도"),
        new("Ranks express parcels of personal imports for inspection or misuse referral; officers decide. The flag rules with their evidence come first; the score orders what they leave.",
            "개인 해외직구 특송화물을 검사·부정사용 의뢰 우선순위로 정렬합니다. 결정은 세관 직원이 합니다. 근거가 있는 플래그 규칙이 먼저이며, 점수는 그 밖의 순서를 정합니다."),
        new("Inspected or referred parcels with their outcome (irregular or compliant); features use only what was known on each parcel's arrival day: value, quantity, origin, the seller's and the code's last 90 days, unit price against earlier parcels of the same goods, and the flags.",
            "결과(위반 또는 정상)가 확인된 검사·의뢰 화물. 특성은 각 화물 도착일까지 알려진 정보만 사용합니다: 가격, 수량, 원산지, 판매자와 통관부호의 최근 90일, 동일 물품 과거 단가 대비, 플래그."),
        new("Learns only from parcels that were inspected, mostly flagged ones, so past selection shapes it; new codes and sellers have little history. The score is a rank, not a calibrated probability of misuse.",
            "검사된 화물(대부분 플래그 화물)에서만 학습하므로 과거 선별 방식에 영향을 받습니다. 신규 부호와 판매자는 이력이 적습니다. 점수는 순위이며 보정된 부정사용 확률이 아닙니다."),
        [new("Irregularity probability (LightGBM)", "위반 확률 (LightGBM)")]);

    public async Task<ModelVersion?> TrainAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct)
    {
        var version = await run.TrainAndRegisterAsync(requestedBy, progress, ct);
        // The first model ever becomes active at once: score the parcels with it.
        if (version?.Status == ModelStatus.Active) await scorer.ScoreStaleAsync(progress, ct);
        return version;
    }

    public ModelEvaluation Evaluate(ModelVersion version) =>
        Report(version) is { } r ? new ModelEvaluation(Figures(r.Validation), [.. Figures(r.HeldOut), new ModelMetric("base rate", r.HeldOutBaseRate)]) : ModelEvaluation.Empty;

    public Task LoadAsync(ModelVersion version, CancellationToken ct)
    {
        _ = ParcelRiskModel.Load(registry.ArtifactFullPath(version), version.Version);
        return Task.CompletedTask;
    }

    /// <summary>The version's stored report (split, choice, figures); null when the metrics are not one.</summary>
    public static ParcelRiskReport? Report(ModelVersion version)
    {
        try
        {
            return JsonSerializer.Deserialize<ParcelRiskReport>(version.MetricsJson, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyList<ModelMetric> Figures(ParcelRiskFigures? f) => f is null ? [] :
    [
        new ModelMetric("AUC", f.Auc), new ModelMetric("average precision", f.AveragePrecision), new ModelMetric("precision@10%", f.PrecisionAtTenth),
    ];
}
