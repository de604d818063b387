using System.Text.Json;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>The X-ray detector (window classifier, box regressor, weapon scorer in one version) as a catalogue kind.</summary>
public sealed class XRayDetectorKind(DetectorProvider detectors, AnnotationCollector annotations) : IModelKind
{
    public string Name => DetectorProvider.ModelName;

    public ModelCard Card { get; } = new(
        new("X-ray threat detector", "X-ray 위협 탐지기"),
        new("Highlights possible concealments (drugs, weapons, cigarettes, currency, hidden compartments…) in container and parcel scans for an officer to confirm or dismiss.",
            "컨테이너·소포 X-ray 영상에서 은닉 의심 부위(마약, 무기, 담배, 현금, 은닉 공간 등)를 표시하고, 세관 직원이 확인 또는 기각합니다."),
        new("Physically generated dual-energy scans with known concealments, plus boxes officers confirmed, drew or dismissed on real scans.",
            "은닉물이 알려진 물리 기반 생성 이중에너지 영상과, 실제 영상에서 직원이 확인·작성·기각한 상자."),
        new("Trained mostly on generated scans: real scanners, unusual loads and new concealment methods may be missed. Small metal objects are the weakest class. Never a reason to clear a scan unseen.",
            "대부분 생성 영상으로 학습했으므로 실제 장비, 특이한 적재, 새로운 은닉 수법은 놓칠 수 있습니다. 작은 금속 물체가 가장 약합니다. 영상을 보지 않고 통과시키는 근거가 될 수 없습니다."),
        [new("Window classifier", "창 분류기"), new("Box regressor", "상자 회귀기"), new("Weapon scorer (metal stage)", "무기 점수기 (금속 단계)")]);

    public async Task<ModelVersion?> TrainAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct)
    {
        progress.Report(new JobProgress(0, "Collecting officers' annotations"));
        var annotated = await annotations.CollectAsync(ct);
        return await detectors.TrainAndRegisterAsync(requestedBy, annotated,
            new Progress<double>(p => progress.Report(new JobProgress(0.05 + 0.9 * p, $"Training the X-ray detector ({annotated.Count} annotated scans)"))), ct);
    }

    public ModelEvaluation Evaluate(ModelVersion version)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<DetectorRegistrationMetrics>(version.MetricsJson, DetectorProvider.Json);
            if (stored?.Overall is null) return ModelEvaluation.Empty;
            // Versions registered before validation seeds carry held-out figures only.
            return stored.Split == DetectorRegistrationMetrics.ValidationSplit
                ? new ModelEvaluation(Figures(stored.Overall), stored.HeldOut?.Overall is { } h ? Figures(h) : [])
                : new ModelEvaluation([], Figures(stored.Overall));
        }
        catch (JsonException)
        {
            return ModelEvaluation.Empty;
        }
    }

    public Task LoadAsync(ModelVersion version, CancellationToken ct)
    {
        _ = detectors.Load(version);
        return Task.CompletedTask;
    }

    private static IReadOnlyList<ModelMetric> Figures(OverallMetrics o) =>
    [
        new("mAP@0.5", o.Map50), new("precision", o.Precision), new("recall", o.Recall),
        new("false alarms per clean scan", o.FalseAlarmsPerCleanScan, LowerIsBetter: true),
    ];
}
