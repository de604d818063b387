namespace CustomsWorkbench.Platform.Data.Entities;

public enum FraudPattern
{
    Undervaluation,
    Misclassification,
    FalseOrigin,
    Concealment,
    RepeatOffenderImporter,
    RepeatOffenderBroker,
    NewlyCreatedImporter,
}

/// <summary>
/// What the demo generator planted, kept apart from the operational tables so that no model can read it as a feature.
/// Used only by evaluation and tests.
/// </summary>
public class DemoGroundTruth
{
    public int Id { get; set; }
    /// <summary>"Declaration", "Importer", "Declarant" or "Parcel".</summary>
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public FraudPattern Pattern { get; set; }
    public string? Detail { get; set; }
    public double? TrueValue { get; set; }
}
