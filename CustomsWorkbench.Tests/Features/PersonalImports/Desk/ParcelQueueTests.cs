using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Records;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Desk;

/// <summary>The demo world's worklist (flagged at seed like an import) and the queue's filters and paging.</summary>
[Collection(WorkbenchCollection.Name)]
public class ParcelQueueTests(WorkbenchFactory factory)
{
    private ParcelQueueQuery Query => factory.Services.GetRequiredService<ParcelQueueQuery>();

    [Fact]
    public async Task Demo_parcels_are_flagged_at_seed_and_only_recent_work_stays_open()
    {
        await using var db = factory.CreateDbContext();
        var demo = db.Parcels.AsNoTracking().Where(p => p.Source == RecordSource.Demo);
        var today = await demo.MaxAsync(p => p.ArrivedOn);

        Assert.True(await db.ParcelFlags.AnyAsync(f => f.Code == ParcelFlagCodes.SplitShipment));
        // Yesterday and before is processed unless flagged recently; today's arrivals all wait on the desk.
        Assert.False(await demo.AnyAsync(p => p.ArrivedOn == today && p.Status != ParcelStatus.Open));
        Assert.False(await demo.AnyAsync(p => p.ArrivedOn < today && p.Status == ParcelStatus.Open && !db.ParcelFlags.Any(f => f.ParcelId == p.Id)));
        Assert.False(await demo.AnyAsync(p => p.ArrivedOn < today.AddDays(-14) && p.Status == ParcelStatus.Open));
        Assert.True(await demo.AnyAsync(p => p.Status == ParcelStatus.Cleared));
        Assert.True(await demo.AnyAsync(p => p.Status == ParcelStatus.Closed && db.ParcelFlags.Any(f => f.ParcelId == p.Id)));
    }

    [Fact]
    public async Task The_flag_filter_keeps_only_parcels_with_that_flag_newest_first()
    {
        var page = await Query.GetPageAsync(new ParcelQueueFilter(ParcelQueueView.All, ParcelFlagCodes.SplitShipment), new PageRequest(0, 25), "officer");

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, r => Assert.Contains(ParcelFlagCodes.SplitShipment, r.Flags));
        Assert.Equal(page.Items.OrderByDescending(r => r.ArrivedOn).ThenByDescending(r => r.Id).Select(r => r.Id), page.Items.Select(r => r.Id));
        await using var db = factory.CreateDbContext();
        Assert.Equal(await db.ParcelFlags.Where(f => f.Code == ParcelFlagCodes.SplitShipment).Select(f => f.ParcelId).Distinct().CountAsync(), page.TotalCount);
    }

    [Fact]
    public async Task Open_view_seller_and_dates_filter_and_a_decided_parcel_leaves_the_open_view()
    {
        await using var db = factory.CreateDbContext();
        var seller = $"Queue Seller {Guid.NewGuid():N}";
        var a = await DeskParcels.AddAsync(db, seller, new DateOnly(2026, 10, 30));
        var b = await DeskParcels.AddAsync(db, seller, new DateOnly(2026, 10, 31));
        var filter = new ParcelQueueFilter(Seller: seller);

        var open = await Query.GetPageAsync(filter, new PageRequest(0, 25), "officer");
        Assert.Equal([b, a], open.Items.Select(r => r.Id));
        Assert.All(open.Items, r => Assert.Null(r.RiskScore));
        var oneDay = await Query.GetPageAsync(filter with { From = new DateOnly(2026, 10, 31) }, new PageRequest(0, 25), "officer");
        Assert.Equal([b], oneDay.Items.Select(r => r.Id));

        await factory.Services.GetRequiredService<ParcelDeskService>().DecideAsync(a, "officer", ParcelAction.Clear, null);
        var after = await Query.GetPageAsync(filter, new PageRequest(0, 25), "officer");
        Assert.Equal([b], after.Items.Select(r => r.Id));
        var decided = await Query.GetPageAsync(filter with { View = ParcelQueueView.Decided }, new PageRequest(0, 25), "officer");
        Assert.Equal([a], decided.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task The_seller_filter_is_a_case_insensitive_prefix_where_wildcards_are_plain_characters()
    {
        await using var db = factory.CreateDbContext();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var plain = await DeskParcels.AddAsync(db, $"Prefix {tag} Shop_1 Store", new DateOnly(2026, 10, 30));
        var other = await DeskParcels.AddAsync(db, $"Prefix {tag} ShopX1 Store", new DateOnly(2026, 10, 30));
        var percent = await DeskParcels.AddAsync(db, $"Prefix {tag} 100% Goods", new DateOnly(2026, 10, 30));

        async Task<IEnumerable<int>> Ids(string seller) =>
            (await Query.GetPageAsync(new ParcelQueueFilter(ParcelQueueView.All, Seller: seller), new PageRequest(0, 25), "officer")).Items.Select(r => r.Id).Order();

        Assert.Equal(new[] { plain, other, percent }.Order(), await Ids($"prefix {tag.ToUpperInvariant()}"));
        Assert.Equal([plain], await Ids($"Prefix {tag} shop_"));
        Assert.Equal([percent], await Ids($"  Prefix {tag} 100%"));
        Assert.Empty(await Ids($"{tag} Shop"));
    }
}
