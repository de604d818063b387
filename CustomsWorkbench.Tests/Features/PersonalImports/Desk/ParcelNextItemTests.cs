using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Desk;

/// <summary>"Next item" on the parcel desk: newest arrival first within the view, parcels held by others skipped.</summary>
[Collection(WorkbenchCollection.Name)]
public class ParcelNextItemTests(WorkbenchFactory factory)
{
    private ParcelQueueQuery Query => factory.Services.GetRequiredService<ParcelQueueQuery>();
    private ParcelDeskService Desk => factory.Services.GetRequiredService<ParcelDeskService>();

    [Fact]
    public async Task Next_goes_down_the_view_skips_a_parcel_someone_else_holds_and_ends_with_none()
    {
        await using var db = factory.CreateDbContext();
        var seller = $"Next Seller {Guid.NewGuid():N}";
        var oldest = await DeskParcels.AddAsync(db, seller, new DateOnly(2026, 10, 28));
        var middle = await DeskParcels.AddAsync(db, seller, new DateOnly(2026, 10, 29));
        var newest = await DeskParcels.AddAsync(db, seller, new DateOnly(2026, 10, 30));
        var view = new ParcelQueueFilter(Seller: seller);

        Assert.Equal(middle, await Query.NextAsync(view, newest, "officer"));
        Assert.Null(await Query.NextAsync(view, oldest, "officer"));

        Assert.True((await Desk.ClaimAsync(middle, "officer2")).Succeeded);
        Assert.Equal(oldest, await Query.NextAsync(view, newest, "officer"));

        // Cleared, the newest leaves the open view: next starts again from the view's top that is free.
        Assert.True((await Desk.DecideAsync(newest, "officer", ParcelAction.Clear, null)).Succeeded);
        Assert.Equal(oldest, await Query.NextAsync(view, newest, "officer"));
        Assert.Equal(ParcelStatus.Open, (await db.Parcels.FindAsync(oldest))!.Status);
    }
}
