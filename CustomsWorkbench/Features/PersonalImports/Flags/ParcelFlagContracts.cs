namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>One manifest line as the flag rules see it: no database types, so the rules are plain code.</summary>
public sealed record ManifestParcel(
    string TrackingNumber, DateOnly ArrivalDate, string Pccc, string RecipientName, string? RecipientPhone,
    string? RecipientAddress, string? PostalCode, string Seller, string OriginCountry, string GoodsDescription,
    int Quantity, decimal DeclaredValueUsd, string? HsCode = null, decimal? WeightKg = null, string? Carrier = null);

/// <summary>A personal customs code's registration: its holder and up to 20 registered delivery addresses.</summary>
public sealed record CodeRegistration(string Pccc, string Name, string? Phone, IReadOnlyList<string> Addresses);

/// <summary>The flag codes, as exported in the `flags` column.</summary>
public static class ParcelFlagCodes
{
    public const string PcccMisuse = "pccc-misuse";
    public const string SplitShipment = "split-shipment";
    public const string Resale = "resale";
    public const string CombinedTaxation = "combined-taxation";
    public const string OverDeMinimis = "over-de-minimis";
    public const string Undervalued = "undervalued";
    public const string RestrictedGoods = "restricted-goods";
    /// <summary>Raised by a citizen's misuse report (Citizen/MisuseReportService), not by the manifest rules.</summary>
    public const string CitizenReport = "citizen-report";
}

/// <summary>One raised flag, its evidence in both UI languages, and the other parcels that support it.</summary>
public sealed record ParcelFlag(string Code, string EvidenceEn, string EvidenceKo, IReadOnlyList<string> RelatedTrackingNumbers);

/// <summary>List clearance limit: USD 200 for parcels shipped from the US, USD 150 otherwise.</summary>
public static class DeMinimis
{
    public static decimal LimitUsd(string originCountry) =>
        string.Equals(originCountry, "US", StringComparison.OrdinalIgnoreCase) ? 200m : 150m;
}

public interface IParcelFlagger
{
    /// <summary>
    /// Flags for every parcel in <paramref name="arriving"/>, judged only from what was known up to that parcel's arrival
    /// date: <paramref name="history"/> (parcels already stored, older) plus the arriving parcels up to and including the
    /// same date. <paramref name="register"/> is empty when no code register was loaded; detection must still work.
    /// Keyed by tracking number; a parcel with no flag has an empty list.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> Flag(IReadOnlyList<ManifestParcel> history,
        IReadOnlyList<ManifestParcel> arriving, IReadOnlyDictionary<string, CodeRegistration> register);
}
