using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>Retraining on demand: the catalogue's "risk-training" background job with progress; the result is a candidate version.</summary>
public sealed class RiskModelTrainingService(ModelCatalogue catalogue) : IRiskModelTraining
{
    public static readonly string JobKind = ModelCatalogue.TrainingJobKind(RiskEngine.ModelName);

    public JobState StartRetraining(string requestedBy) => catalogue.StartTraining(RiskEngine.ModelName, requestedBy);
}
