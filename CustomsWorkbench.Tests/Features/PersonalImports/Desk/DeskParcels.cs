using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Desk;

/// <summary>Fresh open parcels for desk tests, added beside the shared demo world so tests never act on each other's parcels.</summary>
public static class DeskParcels
{
    public static async Task<int> AddAsync(WorkbenchDbContext db, string? seller = null, DateOnly? arrivedOn = null)
    {
        var office = await db.Offices.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var parcel = new ExpressParcel
        {
            TrackingNumber = $"DT{Guid.NewGuid():N}"[..20],
            RecipientName = "Test Recipient",
            PersonalCustomsCode = $"P{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}",
            RecipientPhone = "010-0000-0000",
            RecipientAddress = "1 Test-ro, Seoul",
            SenderName = seller ?? "Desk Test Shop",
            OriginCountryCode = "CN",
            GoodsDescription = "t-shirt",
            Quantity = 1,
            DeclaredValueUsd = 40,
            ArrivedOn = arrivedOn ?? new DateOnly(2026, 10, 31),
            OfficeId = office,
            Source = RecordSource.Api,
            Status = ParcelStatus.Open,
        };
        db.Parcels.Add(parcel);
        await db.SaveChangesAsync();
        return parcel.Id;
    }
}
