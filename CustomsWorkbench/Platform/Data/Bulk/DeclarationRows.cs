using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Data.Bulk;

/// <summary>A declaration and its items as bulk rows: the demo world and the import write the same columns the same way.</summary>
public static class DeclarationRows
{
    public const string Table = "Declarations";
    public const string ItemTable = "DeclarationItems";

    public static readonly string[] Columns =
    [
        "Id", "Number", "Date", "ImporterId", "DeclarantId", "SupplierId", "OfficeId", "BillOfLadingId", "TransportMode", "OriginCountryCode",
        "MainTariffCode", "FtaPreferenceClaimed", "TotalFob", "TotalCif", "TotalTaxes", "TotalGrossWeightKg", "Source", "ImportBatchId",
        "Inspected", "Illicit", "AdditionalRevenue", "Version",
    ];

    public static readonly string[] ItemColumns =
    [
        "DeclarationId", "LineNumber", "TariffCode", "GoodsDescription", "OriginCountryCode", "Quantity", "QuantityUnit", "GrossWeightKg",
        "FobValue", "CifValue", "DutyRate", "DutyAmount", "VatAmount",
    ];

    /// <summary>Writes the declaration (its <see cref="Declaration.Id"/> already given) and its items.</summary>
    public static void Write(IBulkTable declarations, IBulkTable items, Declaration d)
    {
        declarations.Add(d.Id, d.Number, d.Date, d.ImporterId, d.DeclarantId, d.SupplierId, d.OfficeId, d.BillOfLadingId, d.TransportMode, d.OriginCountryCode,
            d.MainTariffCode, d.FtaPreferenceClaimed, d.TotalFob, d.TotalCif, d.TotalTaxes, d.TotalGrossWeightKg, d.Source, d.ImportBatchId,
            d.Inspected, d.Illicit, d.AdditionalRevenue, d.Version);
        foreach (var i in d.Items)
        {
            items.Add(d.Id, i.LineNumber, i.TariffCode, i.GoodsDescription, i.OriginCountryCode, i.Quantity, i.QuantityUnit, i.GrossWeightKg,
                i.FobValue, i.CifValue, i.DutyRate, i.DutyAmount, i.VatAmount);
        }
    }
}
