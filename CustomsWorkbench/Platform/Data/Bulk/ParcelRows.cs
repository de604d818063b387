using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Data.Bulk;

/// <summary>An express parcel as a bulk row: the demo world and the manifest import write the same columns the same way.</summary>
public static class ParcelRows
{
    public const string Table = "Parcels";

    public static readonly string[] Columns =
    [
        "Id", "TrackingNumber", "RecipientName", "PersonalCustomsCode", "RecipientPhone", "RecipientAddress", "PostalCode", "SenderName",
        "OriginCountryCode", "GoodsDescription", "Quantity", "DeclaredValueUsd", "HsCode", "Currency", "ValueInCurrency", "WeightKg", "Carrier",
        "ArrivedOn", "OfficeId", "Source", "ImportBatchId", "Status", "DeskVersion",
    ];

    /// <summary>Writes the parcel, its <see cref="ExpressParcel.Id"/> already given.</summary>
    public static void Write(IBulkTable parcels, ExpressParcel p) =>
        parcels.Add(p.Id, p.TrackingNumber, p.RecipientName, p.PersonalCustomsCode, p.RecipientPhone, p.RecipientAddress, p.PostalCode, p.SenderName,
            p.OriginCountryCode, p.GoodsDescription, p.Quantity, p.DeclaredValueUsd, p.HsCode, p.Currency, p.ValueInCurrency, p.WeightKg, p.Carrier,
            p.ArrivedOn, p.OfficeId, p.Source, p.ImportBatchId, p.Status, p.DeskVersion);
}
