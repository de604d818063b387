using CustomsWorkbench.Platform.Text;

namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>A parcel with the comparison keys every rule needs, computed once.</summary>
internal sealed class ParcelFacts(ManifestParcel parcel, bool arriving)
{
    public ManifestParcel Parcel { get; } = parcel;
    /// <summary>False for history: stored parcels inform the rules but get no flags.</summary>
    public bool Arriving { get; } = arriving;
    public DateOnly Day => Parcel.ArrivalDate;
    public string Tracking => Parcel.TrackingNumber;
    public string Code { get; } = parcel.Pccc.Trim().ToUpperInvariant();
    public string NameKey { get; } = PersonNames.Key(parcel.RecipientName);
    public string? PhoneKey { get; } = IdentifierNormalizer.Phone(parcel.RecipientPhone);
    public string? AddressKey { get; } = IdentifierNormalizer.Address(parcel.RecipientAddress);
    public string SellerKey { get; } = IdentifierNormalizer.Code(parcel.Seller);
    public string Country { get; } = parcel.OriginCountry.Trim().ToUpperInvariant();
    /// <summary>The goods' identity for peers and repeats: the HS code's first six digits, else the normalised description.</summary>
    public string GoodsKey { get; } = GoodsText.Key(parcel.HsCode, parcel.GoodsDescription);
    public decimal Limit { get; } = DeMinimis.LimitUsd(parcel.OriginCountry.Trim());
    public decimal Value => Parcel.DeclaredValueUsd;
}
