namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// The workbench's own JSON import format: a top-level array of these. Property names are camelCase
/// (see data/samples/declarations-sample.json). Master records are matched by code (supplier by name and country)
/// and created from the details given here when missing; existing master records are not changed.
/// Optional numbers left out: totalTaxes = the items' duty + VAT; an item's quantityUnit = "EA".
/// </summary>
public sealed record DeclarationDocument(
    string? Number,
    string? Date,
    ImporterDetails? Importer,
    DeclarantDetails? Declarant,
    OfficeDetails? Office,
    SupplierDetails? Supplier,
    string? TransportMode,
    bool? FtaPreferenceClaimed,
    double? TotalTaxes,
    InspectionOutcome? Inspection,
    IReadOnlyList<DeclarationItemDocument>? Items);

public sealed record DeclarationItemDocument(
    int? LineNumber,
    string? TariffCode,
    string? GoodsDescription,
    string? OriginCountryCode,
    double? Quantity,
    string? QuantityUnit,
    double? GrossWeightKg,
    double? FobValue,
    double? CifValue,
    double? DutyRate,
    double? DutyAmount,
    double? VatAmount);

/// <summary>An importer (BACUDA importer.id = Code).</summary>
public sealed record ImporterDetails(string Code, string? Name = null, string? BusinessNumber = null, string? Address = null, string? Phone = null, string? Email = null);

/// <summary>A customs broker (BACUDA declarant.id = Code).</summary>
public sealed record DeclarantDetails(string Code, string? Name = null, string? LicenseNumber = null);

/// <summary>A customs office (BACUDA office.id = Code); a missing office is created with the code as its names unless names are given.</summary>
public sealed record OfficeDetails(string Code, string? NameEn = null, string? NameKo = null);

/// <summary>An overseas seller, matched by name and country.</summary>
public sealed record SupplierDetails(string Name, string CountryCode, string? Address = null);
