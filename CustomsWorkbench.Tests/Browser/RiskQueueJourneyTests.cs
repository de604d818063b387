using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Tests.Features.RiskSelection.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// An officer triages the top of the queue in Chromium while a colleague's open queues follow live: the claim shows on
/// the "open and claimed" view and the item leaves the "unclaimed" view, with no reload on the colleague's side.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class RiskQueueJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Officer_claims_and_triages_while_a_colleague_sees_the_claim_live()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        await using (var db = browser.App.CreateDbContext())
            if (!await db.Set<DeclarationTriage>().AnyAsync()) await TriageSeed.AddAsync(db, 40, seed: 21);

        var colleague = await browser.SignInAsync("officer2");
        await colleague.GotoAsync($"{browser.BaseUrl}/risk/queue?view=Unclaimed");
        await BrowserFixture.WaitForInteractiveAsync(colleague);
        var colleagueActive = await colleague.Context.NewPageAsync();
        await colleagueActive.GotoAsync($"{browser.BaseUrl}/risk/queue?view=Active");
        await BrowserFixture.WaitForInteractiveAsync(colleagueActive);

        var officer = await browser.SignInAsync("officer");
        await officer.GotoAsync($"{browser.BaseUrl}/risk/queue?view=Active");
        await BrowserFixture.WaitForInteractiveAsync(officer);
        var first = officer.GetByTestId("queue-open").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        var id = await first.GetAttributeAsync("data-declaration");
        var unclaimedRow = colleague.Locator($"[data-testid=claim-cell][data-declaration='{id}']");
        var activeRow = colleagueActive.Locator($"[data-testid=claim-cell][data-declaration='{id}']");
        await Assertions.Expect(unclaimedRow).ToHaveCountAsync(1);
        await Assertions.Expect(activeRow).ToHaveAttributeAsync("data-status", "Open");

        // Live updates may reorder the grid after reading: click that declaration's link, not whichever row is first now.
        await officer.Locator($"[data-testid=queue-open][data-declaration='{id}']").ClickAsync();
        // The link carries the queue view (?view=...) for "next item".
        await Assertions.Expect(officer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/risk/declarations/{id}(\?|$)"), new() { Timeout = 30_000 });
        await BrowserFixture.WaitForInteractiveAsync(officer);
        // The address changes before the dossier has rendered: a load-tolerant wait for it.
        await Assertions.Expect(officer.GetByTestId("explanation-chart")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await officer.GetByTestId("action-claim").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("decision-panel")).ToHaveAttributeAsync("data-status", "Claimed");

        // The colleague's pages were never reloaded: the claim arrives over the live circuit.
        await Assertions.Expect(activeRow).ToHaveAttributeAsync("data-claimed-by", "officer");
        await Assertions.Expect(activeRow.Locator("xpath=ancestor::tr")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("wb-claimed-other"));
        await Assertions.Expect(unclaimedRow).ToHaveCountAsync(0);

        Channel recommended;
        await using (var db = browser.App.CreateDbContext())
            recommended = (await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == int.Parse(id!))).RecommendedChannel;
        await officer.GetByTestId($"action-decide-{recommended.ToString().ToLowerInvariant()}").ClickAsync();
        // A release closes the item: it is confirmed first (and can be undone for a while).
        if (recommended == Channel.Green) await officer.GetByTestId("release-confirm").ClickAsync();
        if (recommended != Channel.Green)
        {
            await Assertions.Expect(officer.GetByTestId("decision-panel")).ToHaveAttributeAsync("data-status", "Decided");
            await officer.GetByTestId("action-record-outcome").ClickAsync();
            // A result is recorded only after the officer has read what will be recorded.
            await officer.GetByTestId("outcome-confirm").ClickAsync();
        }
        await Assertions.Expect(officer.GetByTestId("closed-summary")).ToBeVisibleAsync();
        await Assertions.Expect(activeRow).ToHaveCountAsync(0);

        await officer.Context.CloseAsync();
        await colleague.Context.CloseAsync();
    }
}
