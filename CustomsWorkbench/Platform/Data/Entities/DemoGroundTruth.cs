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
    /// <summary>Express parcels: the same goods bought repeatedly or in commercial quantities (not personal use).</summary>
    Resale,
    /// <summary>Express parcels: one person's parcels from one country on one day, together over the limit (합산과세).</summary>
    CombinedTaxation,
    /// <summary>Express parcels: a parcel alone over the list clearance limit (taxed normally, not fraud; for evaluation).</summary>
    OverDeMinimis,
    /// <summary>Express parcels: a unit value far below what such goods cost (declarations use <see cref="Undervaluation"/>).</summary>
    UndervaluedParcel,
    /// <summary>Express parcels: goods restricted or prohibited for personal import, named in the description.</summary>
    RestrictedGoods,
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
