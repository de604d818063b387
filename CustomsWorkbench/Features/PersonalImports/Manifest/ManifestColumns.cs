namespace CustomsWorkbench.Features.PersonalImports.Manifest;

/// <summary>
/// Column names of the parcel manifest CSV (matched case-insensitively, surrounding spaces ignored). The optional
/// `declared.value` is the value in `currency` when the invoice was not in USD.
/// </summary>
public static class ManifestColumns
{
    public const string TrackingNo = "tracking.no";
    public const string ArrivalDate = "arrival.date";
    public const string Pccc = "pccc";
    public const string RecipientName = "recipient.name";
    public const string RecipientPhone = "recipient.phone";
    public const string RecipientAddress = "recipient.address";
    public const string PostalCode = "postal.code";
    public const string Seller = "seller";
    public const string OriginCountry = "origin.country";
    public const string GoodsDescription = "goods.description";
    public const string Quantity = "quantity";
    public const string DeclaredValueUsd = "declared.value.usd";

    public const string HsCode = "hs.code";
    public const string Currency = "currency";
    public const string DeclaredValue = "declared.value";
    public const string WeightKg = "weight.kg";
    public const string Carrier = "carrier";

    public static readonly string[] Required =
        [TrackingNo, ArrivalDate, Pccc, RecipientName, RecipientPhone, RecipientAddress, PostalCode, Seller, OriginCountry, GoodsDescription, Quantity, DeclaredValueUsd];

    public static readonly string[] Optional = [HsCode, Currency, DeclaredValue, WeightKg, Carrier];

    /// <summary>Columns the parcel export adds after the manifest's; accepted and ignored on import, so an export re-imports.</summary>
    public const string Clearance = "clearance";
    public const string EstimatedDutyKrw = "estimated.duty.krw";
    public const string Risk = "risk";
    public const string Flags = "flags";

    public static readonly string[] ExportOnly = [Clearance, EstimatedDutyKrw, Risk, Flags];

    public static readonly string[] Accepted = [.. Optional, .. ExportOnly];
}
