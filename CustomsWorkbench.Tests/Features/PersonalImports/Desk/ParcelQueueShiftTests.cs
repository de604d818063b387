using System.Security.Claims;
using Bunit;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Records;
using CustomsWorkbench.Tests.Components;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Desk;

/// <summary>The parcel queue opens like the risk queue: my office's open parcels of today; earlier days are the backlog filter.</summary>
[Collection(WorkbenchCollection.Name)]
public class ParcelQueueShiftTests : ComponentTestContext
{
    private readonly WorkbenchFactory _factory;

    public ParcelQueueShiftTests(WorkbenchFactory factory)
    {
        _factory = factory;
        Services.AddFallbackServiceProvider(factory.Services.CreateScope().ServiceProvider);
        Render<MudPopoverProvider>();
    }

    private ParcelQueueQuery Query => _factory.Services.GetRequiredService<ParcelQueueQuery>();

    [Fact]
    public async Task Today_and_backlog_split_an_office_s_open_parcels_by_arrival_day()
    {
        var today = ShiftDay.Today(TimeProvider.System);
        var seller = $"Shift Seller {Guid.NewGuid():N}";
        int fresh, old, office;
        await using (var db = _factory.CreateDbContext())
        {
            fresh = await DeskParcels.AddAsync(db, seller, today);
            old = await DeskParcels.AddAsync(db, seller, today.AddDays(-3));
            office = await db.Parcels.Where(p => p.Id == fresh).Select(p => p.OfficeId).SingleAsync();
        }
        var shift = ParcelQueueFilter.Shift(office) with { Seller = seller };

        Assert.Equal([fresh], (await Query.GetPageAsync(shift, new PageRequest(0, 25), "officer")).Items.Select(r => r.Id));
        Assert.Equal([old], (await Query.GetPageAsync(shift with { Period = QueuePeriod.Backlog }, new PageRequest(0, 25), "officer")).Items.Select(r => r.Id));
        Assert.Equal([fresh, old], (await Query.GetPageAsync(shift with { Period = QueuePeriod.All }, new PageRequest(0, 25), "officer")).Items.Select(r => r.Id));
        Assert.Empty((await Query.GetPageAsync(shift with { OfficeId = office + 1_000 }, new PageRequest(0, 25), "officer")).Items);
        // The view travels in links (back from a parcel, "next item") and reads back the same.
        Assert.Equal(shift, ParcelQueueLinks.FilterOf(ParcelQueueLinks.Queue(shift)));
    }

    [Fact]
    public async Task The_bare_queue_opens_on_my_office_s_open_parcels_of_today()
    {
        Services.GetRequiredService<FixedAuthenticationState>().Principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "officer"), new Claim(ClaimTypes.Role, Roles.Officer), new Claim(WorkbenchClaimsFactory.OfficeClaim, DemoUsers.IncheonOffice)], "test"));
        var today = ShiftDay.Today(TimeProvider.System);
        var incheon = await Query.OfficeIdAsync(DemoUsers.IncheonOffice);

        var cut = Render<ParcelQueue>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=queue-total]"), TimeSpan.FromSeconds(15));

        var expected = await Query.GetPageAsync(ParcelQueueFilter.Shift(incheon), new PageRequest(0, 1), "officer");
        cut.WaitForAssertion(() => Assert.Contains(expected.TotalCount.ToString("N0"), cut.Find("[data-testid=queue-total]").TextContent), TimeSpan.FromSeconds(15));
        Assert.Contains("Today", cut.Find("[data-testid=filter-period]").OuterHtml);
        foreach (var link in cut.FindAll("[data-testid=queue-open]"))
            Assert.Contains($"period={nameof(QueuePeriod.Today)}", link.GetAttribute("href"));
    }
}
