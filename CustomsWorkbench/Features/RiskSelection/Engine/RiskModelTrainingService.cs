using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>Retraining on demand: a "risk-training" background job with progress; the result is a candidate version.</summary>
public sealed class RiskModelTrainingService(BackgroundJobs jobs, RiskTrainingRun run, RiskEngine engine) : IRiskModelTraining
{
    public const string JobKind = "risk-training";

    public JobState StartRetraining(string requestedBy) => jobs.Enqueue(JobKind, requestedBy, async (progress, ct) =>
    {
        var version = await run.TrainAndRegisterAsync(requestedBy, progress, ct);
        if (version is null) return "Too few inspected declarations to train a model.";
        // The first model ever becomes active at once: score the queue with it.
        if (version.Status == ModelStatus.Active) await engine.ScoreAllAsync(null, ct);
        return $"{version.Version} registered as {version.Status.ToString().ToLowerInvariant()}";
    });
}
