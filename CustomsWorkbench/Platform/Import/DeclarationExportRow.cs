using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Import;

/// <summary>One declaration as the CSV export writes it: the BACUDA columns, then the workbench's own.</summary>
public sealed record DeclarationExportRow(
    string Number,
    DateOnly Date,
    string ImporterCode,
    string DeclarantCode,
    string CountryCode,
    string OfficeCode,
    string TariffCode,
    double Quantity,
    double GrossWeightKg,
    double Fob,
    double Cif,
    double Taxes,
    bool Inspected,
    bool? Illicit,
    double? AdditionalRevenue,
    int ItemCount,
    string? MainGoodsDescription,
    string? SupplierName,
    string? SupplierCountryCode,
    TransportMode TransportMode,
    string OfficeName,
    bool FtaPreferenceClaimed,
    RecordSource Source)
{
    /// <summary>
    /// The projection for any filtered declaration query (the list page's "Export CSV" passes its own filters):
    /// <c>DeclarationExportRow.From(query).AsAsyncEnumerable()</c> streams it without loading everything.
    /// </summary>
    public static IQueryable<DeclarationExportRow> From(IQueryable<Declaration> declarations) =>
        declarations.Select(d => new DeclarationExportRow(
            d.Number, d.Date, d.Importer!.Code, d.Declarant!.Code, d.OriginCountryCode, d.Office!.Code, d.MainTariffCode,
            d.Items.Sum(i => i.Quantity), d.TotalGrossWeightKg, d.TotalFob, d.TotalCif, d.TotalTaxes, d.Inspected, d.Illicit, d.AdditionalRevenue,
            d.Items.Count, d.Items.OrderBy(i => i.LineNumber).Select(i => i.GoodsDescription).FirstOrDefault(),
            d.Supplier != null ? d.Supplier.Name : null, d.Supplier != null ? d.Supplier.CountryCode : null,
            d.TransportMode, d.Office!.NameEn, d.FtaPreferenceClaimed, d.Source));
}
