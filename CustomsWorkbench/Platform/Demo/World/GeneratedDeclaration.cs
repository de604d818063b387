using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>A declaration as stored plus what was really shipped (for ground truth and inspection outcomes).</summary>
public sealed class GeneratedDeclaration
{
    public required Declaration Entity { get; init; }
    public required ConsignmentPlan Plan { get; init; }
    public required ImporterProfile Importer { get; init; }
    public required DeclarantProfile Broker { get; init; }
    public required double TrueCif { get; init; }
    public required double TrueTaxes { get; init; }
    public HiddenGoods? Hidden { get; init; }
    /// <summary>Declared unit price of the main line over its peers' median (same declared code and origin).</summary>
    public required double PriceRatio { get; init; }

    public bool Fraudulent => Plan.Pattern is not null;
    public double EvadedTaxes => Hidden?.EvadedTaxes ?? Math.Max(0, Math.Round(TrueTaxes - Entity.TotalTaxes));
}
