using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Import;

/// <summary>A validated declaration from any input format, ready to compare with the database and to store.</summary>
public sealed record IncomingDeclaration(
    string Number,
    DateOnly Date,
    ImporterDetails Importer,
    DeclarantDetails Declarant,
    OfficeDetails Office,
    SupplierDetails? Supplier,
    TransportMode TransportMode,
    bool FtaPreferenceClaimed,
    double TotalTaxes,
    InspectionOutcome? Inspection,
    IReadOnlyList<IncomingItem> Items)
{
    public IncomingItem MainItem => Items[0];

    /// <summary>The BACUDA-level facts used to tell "unchanged" from "changed" against a stored declaration.</summary>
    public DeclarationFacts Facts => new(Number, Date, Importer.Code, Declarant.Code, MainItem.OriginCountryCode, Office.Code,
        MainItem.TariffCode, Items.Sum(i => i.Quantity), Items.Sum(i => i.GrossWeightKg), Items.Sum(i => i.FobValue),
        Items.Sum(i => i.CifValue), TotalTaxes, Inspection);
}

public sealed record IncomingItem(
    int LineNumber,
    string TariffCode,
    string GoodsDescription,
    string OriginCountryCode,
    double Quantity,
    string QuantityUnit,
    double GrossWeightKg,
    double FobValue,
    double CifValue,
    double DutyRate,
    double DutyAmount,
    double VatAmount);

/// <summary>The outcome of a physical or documentary inspection: the label risk models learn from.</summary>
public sealed record InspectionOutcome(bool Illicit, double AdditionalRevenue);

/// <summary>One parsed input row: a declaration, or the problems that stop it from being one.</summary>
public sealed record ParsedRow(int Row, IncomingDeclaration? Declaration, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>A problem after which the rest of the input cannot be read (bad header, malformed JSON).</summary>
    public bool Fatal { get; init; }
}
