using System.Text.Json;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// One training run on the current database: features of every parcel, the time-split training and choice
/// (<see cref="ParcelRiskTrainer"/>), the model saved under the registry's "parcel-risk" folder and registered, active
/// only when no parcel risk model is active yet, otherwise a candidate awaiting a supervisor's promotion.
/// </summary>
public sealed class ParcelRiskTrainingRun(ParcelRiskData data, ModelRegistry registry, ILogger<ParcelRiskTrainingRun> logger)
{
    public const string Actor = "parcel-risk";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The registered version, or null when too few inspected parcels have an outcome.</summary>
    public async Task<ModelVersion?> TrainAndRegisterAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct)
    {
        progress.Report(new JobProgress(0.05, "Loading parcels and computing features"));
        var dataset = await data.LoadAllAsync(ct);
        progress.Report(new JobProgress(0.4, "Choosing settings on the validation window"));
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff");
        var training = await Task.Run(() => ParcelRiskTrainer.Train(dataset, stamp), ct);
        if (training is null)
        {
            logger.LogInformation("Parcel risk: too few labelled parcels to train ({Parcels} parcels)", dataset.Records.Count);
            return null;
        }
        progress.Report(new JobProgress(0.85, "Saving"));
        var folder = Path.Combine(registry.ArtifactFolder(ScorerName), stamp);
        training.Model.Save(folder);
        var report = training.Report;
        var version = await registry.RegisterCandidateAsync(new NewModelVersion(
            ScorerName, requestedBy, Path.Combine(ScorerName, stamp), JsonSerializer.Serialize(report, Json),
            JsonSerializer.Serialize(training.Model.FeatureImportance(), Json), training.Model.Metadata.TrainedFrom, training.Model.Metadata.TrainedTo,
            training.Model.Metadata.TrainingRows, $"{report.Chosen}; chosen on validation {report.Split.ValidationFrom:yyyy-MM-dd}–{report.Split.TestFrom.AddDays(-1):yyyy-MM-dd}"),
            activateIfNone: true, ct);
        progress.Report(new JobProgress(1, $"Registered {version.Version} ({version.Status})"));
        return version;
    }

    private const string ScorerName = ParcelRiskScorer.ModelName;
}
