using System.Text.RegularExpressions;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Tests.Features.RiskSelection.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// An officer at 1366 px works the queue without touching the address bar: the menu opens the queue, a click on a row
/// opens the item, the officer decides it, and "Next item" lands on the next open item of the same view.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class NextItemJourneyTests(BrowserFixture browser)
{

    [SkippableFact]
    public async Task Officer_opens_an_item_by_its_row_decides_it_and_goes_to_the_next_item()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        await using (var db = browser.App.CreateDbContext())
            if (!await db.Set<DeclarationTriage>().AnyAsync(t => t.Status == TriageStatus.Open)) await TriageSeed.AddAsync(db, 40, seed: 23);

        var officer = await browser.SignInAsync("officer");
        await officer.SetViewportSizeAsync(1366, 768);
        await officer.GetByTestId("nav-risk-queue").ClickAsync();
        // The menu navigates inside the live circuit (no page load): wait for the address and the grid, not a load event.
        await Assertions.Expect(officer).ToHaveURLAsync(new Regex("/risk/queue$"), new() { Timeout = 30_000 });
        await Assertions.Expect(officer.GetByTestId("queue-grid")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await BrowserFixture.WaitForInteractiveAsync(officer);
        // The queue opens on today's work of the officer's office; this world's open items are on earlier days, so the
        // officer widens the period from the filter bar (still no typed address), and "next" carries that view.
        await officer.GetByTestId("filter-period").ClickAsync();
        await officer.Locator(".mud-popover-open").GetByText("전체 기간", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(officer.GetByTestId("filter-period")).ToContainTextAsync("전체 기간", new() { Timeout = 30_000 });

        // The first unclaimed row, opened by a click on a plain cell (its age, not the number link).
        var row = officer.Locator("[data-testid=queue-grid] tbody tr").Filter(new() { Has = officer.Locator("[data-testid=claim-cell][data-status=Open]") }).First;
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var id = int.Parse((await row.GetByTestId("claim-cell").GetAttributeAsync("data-declaration"))!);
        // Live updates may reorder the grid between reading and clicking: click the row of that declaration, not "the first".
        var chosen = officer.Locator("[data-testid=queue-grid] tbody tr").Filter(new() { Has = officer.Locator($"[data-testid=claim-cell][data-declaration='{id}']") });
        await chosen.Locator("td").Nth(3).ClickAsync();
        // In-circuit navigation changes the address without a load event: assert the address, do not wait for a load.
        await Assertions.Expect(officer).ToHaveURLAsync(new Regex($@"/risk/declarations/{id}\?.*view="), new() { Timeout = 30_000 });
        await BrowserFixture.WaitForInteractiveAsync(officer);
        // The address changes before the dossier has rendered: wait for the item itself (slow on two busy cores).
        var loaded = new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 };
        await Assertions.Expect(officer.Locator("[data-testid=decision-panel][data-status=Open]")).ToBeVisibleAsync(loaded);
        await Assertions.Expect(officer.GetByTestId("explanation-chart")).ToBeVisibleAsync(loaded);
        Assert.Empty(await officer.GetByTestId("next-item").AllAsync());

        Channel recommended;
        await using (var db = browser.App.CreateDbContext())
            recommended = (await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id)).RecommendedChannel;
        await officer.GetByTestId("action-claim").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("decision-panel")).ToHaveAttributeAsync("data-status", "Claimed", new() { Timeout = 15_000 });
        await officer.GetByTestId($"action-decide-{recommended.ToString().ToLowerInvariant()}").ClickAsync();
        // A release closes the item: it is confirmed first (and can be undone for a while).
        if (recommended == Channel.Green) await officer.GetByTestId("release-confirm").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("decision-panel")).ToHaveAttributeAsync("data-status", new Regex("Decided|Closed"), new() { Timeout = 15_000 });

        var view = QueueLinks.FilterOf(officer.Url);
        var expected = await browser.App.Services.GetRequiredService<RiskQueueQuery>().NextAsync(view, id, "officer");
        Assert.NotNull(expected);
        await officer.GetByTestId("next-item").ClickAsync();

        await Assertions.Expect(officer).ToHaveURLAsync(new Regex($@"/risk/declarations/{expected}\?"), new() { Timeout = 30_000 });
        Assert.Equal(view, QueueLinks.FilterOf(officer.Url));
        await Assertions.Expect(officer.GetByTestId("declaration-number")).ToHaveTextAsync(await NumberOfAsync(expected!.Value), new() { Timeout = 30_000 });
        await Assertions.Expect(officer.GetByTestId("decision-panel")).ToHaveAttributeAsync("data-status", new Regex("Open|Claimed"));
        await Assertions.Expect(officer.GetByTestId("next-item")).ToHaveCountAsync(0);

        await officer.Context.CloseAsync();
    }

    private async Task<string> NumberOfAsync(int declarationId)
    {
        await using var db = browser.App.CreateDbContext();
        return await db.Declarations.Where(d => d.Id == declarationId).Select(d => d.Number).SingleAsync();
    }
}
