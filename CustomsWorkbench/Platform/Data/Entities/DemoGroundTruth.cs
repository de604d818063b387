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
    /// <summary>Express parcels: one personal customs code used by many different recipients.</summary>
    IdentityMisuse,
    /// <summary>Express parcels: one purchase split into several parcels each just under the de-minimis threshold.</summary>
    SplitShipment,
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
