namespace CustomsWorkbench.Platform.Models;

/// <summary>
/// One kind of model the workbench runs (risk, X-ray detector, intent classifier, …). A feature registers its kind with
/// <see cref="ModelsServiceCollectionExtensions.AddModelKind{TKind}"/>; the catalogue, CLI and pages then list, train,
/// promote and roll it back without any code of their own for it.
/// </summary>
public interface IModelKind
{
    /// <summary>The registry's model name, e.g. "risk".</summary>
    string Name { get; }

    /// <summary>What the model is for, what it learns from and where it is weak, in English and Korean.</summary>
    ModelCard Card { get; }

    /// <summary>Trains on the latest data and registers the result (a candidate, or active when the kind has none yet).
    /// Null when there is too little data to train.</summary>
    Task<ModelVersion?> TrainAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct);

    /// <summary>The version's stored figures: validation (used to choose) and final held-out (computed once, only shown).</summary>
    ModelEvaluation Evaluate(ModelVersion version);

    /// <summary>Loads the version's files as the feature would, throwing when they cannot be used (checked before promotion).</summary>
    Task LoadAsync(ModelVersion version, CancellationToken ct);
}

/// <summary>The model card: intended use, training data and known limits; <paramref name="Stages"/> names its parts.</summary>
public sealed record ModelCard(CardText Title, CardText IntendedUse, CardText Data, CardText KnownLimits, IReadOnlyList<CardText> Stages);

/// <summary>
/// A card's text in both UI languages. Cards are documentation the feature writes beside its model, so they travel with
/// the kind (and reach the CLI, which has no localizer) rather than living in a page's resource file.
/// </summary>
public sealed record CardText(string En, string Ko)
{
    public override string ToString() =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko" ? Ko : En;
}

/// <summary>One figure of an evaluation. Higher is better unless <paramref name="LowerIsBetter"/>.</summary>
public sealed record ModelMetric(string Name, double Value, bool LowerIsBetter = false);

public sealed record ModelEvaluation(IReadOnlyList<ModelMetric> Validation, IReadOnlyList<ModelMetric> HeldOut)
{
    public static readonly ModelEvaluation Empty = new([], []);
}
