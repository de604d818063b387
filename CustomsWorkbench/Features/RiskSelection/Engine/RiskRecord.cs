using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// The facts of one declaration that the selection engine reads: what was declared (never the planted truth) and,
/// when inspected, the outcome (the label). Loaded in one query; the inspection fields change when a result is recorded.
/// </summary>
public sealed class RiskRecord
{
    public int Id { get; init; }
    public DateOnly Date { get; init; }
    public int ImporterId { get; init; }
    public string ImporterCode { get; init; } = "";
    public DateOnly? ImporterEstablishedOn { get; init; }
    public int DeclarantId { get; init; }
    public string DeclarantCode { get; init; } = "";
    public int OfficeId { get; init; }
    public string OriginCountryCode { get; init; } = "";
    public bool OriginIsFtaPartner { get; init; }
    public string MainTariffCode { get; init; } = "";
    /// <summary>Goods description of the first line (the main tariff code's line): what the misclassification signal reads.</summary>
    public string MainDescription { get; init; } = "";
    public int? SupplierId { get; init; }
    public bool FtaPreferenceClaimed { get; init; }
    /// <summary>Loading port (bill of lading), when the declaration has one.</summary>
    public int? LoadingPortId { get; init; }
    public string? LoadingCountryCode { get; init; }
    public TransportMode TransportMode { get; init; }
    public double Fob { get; init; }
    public double Cif { get; init; }
    public double Taxes { get; init; }
    public double GrossWeightKg { get; init; }
    public double Quantity { get; init; }
    /// <summary>General and preferential duty rates of the main tariff code (fractions).</summary>
    public double DutyRate { get; init; }
    public double FtaDutyRate { get; init; }

    public bool Inspected { get; set; }
    public bool? Illicit { get; set; }
    public double? AdditionalRevenue { get; set; }

    public bool IsHit => Inspected && Illicit == true;
}
