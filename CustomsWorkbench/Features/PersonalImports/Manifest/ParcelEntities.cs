using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Features.PersonalImports.Manifest;

/// <summary>Between a manifest line, the stored parcel and the flag rules' view of it.</summary>
public static class ParcelEntities
{
    public static ExpressParcel ToEntity(ManifestLine line, int officeId, int batchId)
    {
        var p = line.Parcel;
        return new ExpressParcel
        {
            TrackingNumber = p.TrackingNumber, ArrivedOn = p.ArrivalDate, PersonalCustomsCode = p.Pccc, RecipientName = p.RecipientName,
            RecipientPhone = p.RecipientPhone, RecipientAddress = p.RecipientAddress, PostalCode = p.PostalCode, SenderName = p.Seller,
            OriginCountryCode = p.OriginCountry, GoodsDescription = p.GoodsDescription, Quantity = p.Quantity,
            DeclaredValueUsd = (double)p.DeclaredValueUsd, HsCode = p.HsCode, Currency = line.Currency,
            ValueInCurrency = line.ValueInCurrency is { } v ? (double)v : null, WeightKg = p.WeightKg is { } w ? (double)w : null,
            Carrier = p.Carrier, OfficeId = officeId, Source = RecordSource.Import, ImportBatchId = batchId,
        };
    }

    public static ManifestParcel ToManifestParcel(ExpressParcel p) =>
        new(p.TrackingNumber, p.ArrivedOn, p.PersonalCustomsCode, p.RecipientName, p.RecipientPhone, p.RecipientAddress, p.PostalCode,
            p.SenderName, p.OriginCountryCode, p.GoodsDescription, p.Quantity, (decimal)p.DeclaredValueUsd, p.HsCode,
            p.WeightKg is { } w ? (decimal)w : null, p.Carrier);

    /// <summary>The columns in which a stored parcel differs from a manifest line with its tracking number (empty: the same parcel).</summary>
    public static IReadOnlyList<string> Differences(ExpressParcel stored, ManifestLine line)
    {
        var p = line.Parcel;
        var diff = new List<string>();
        if (stored.ArrivedOn != p.ArrivalDate) diff.Add(ManifestColumns.ArrivalDate);
        if (stored.PersonalCustomsCode != p.Pccc) diff.Add(ManifestColumns.Pccc);
        if (stored.RecipientName != p.RecipientName) diff.Add(ManifestColumns.RecipientName);
        if (stored.RecipientAddress != p.RecipientAddress) diff.Add(ManifestColumns.RecipientAddress);
        if (stored.SenderName != p.Seller) diff.Add(ManifestColumns.Seller);
        if (stored.OriginCountryCode != p.OriginCountry) diff.Add(ManifestColumns.OriginCountry);
        if (stored.GoodsDescription != p.GoodsDescription) diff.Add(ManifestColumns.GoodsDescription);
        if (stored.Quantity != p.Quantity) diff.Add(ManifestColumns.Quantity);
        if ((decimal)stored.DeclaredValueUsd != p.DeclaredValueUsd) diff.Add(ManifestColumns.DeclaredValueUsd);
        return diff;
    }
}
