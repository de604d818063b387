using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Tests.Features.RiskSelection.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// At 1366 px, an officer records a seizure (category, 1.74 kg, a photo), confirms what will be recorded, sees Undo,
/// undoes it and closes the item again with the form still filled in.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class SeizureUndoJourneyTests(BrowserFixture browser)
{
    private static async Task PickAsync(IPage page, string testId, string text)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(text, new() { Exact = true }).ClickAsync();
    }

    [SkippableFact]
    public async Task Officer_records_a_seizure_confirms_undoes_and_closes_again()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        int id;
        await using (var db = browser.App.CreateDbContext()) id = (await TriageSeed.AddAsync(db, 1, seed: 31, channel: Channel.Red))[0];

        var officer = await browser.SignInAsync("officer");
        await officer.SetViewportSizeAsync(1366, 900);
        await officer.GotoAsync($"{browser.BaseUrl}/risk/declarations/{id}");
        await BrowserFixture.WaitForInteractiveAsync(officer);
        var panel = officer.GetByTestId("decision-panel");
        await officer.GetByTestId("action-claim").ClickAsync();
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Claimed", new() { Timeout = 30_000 });
        await officer.GetByTestId("action-decide-red").ClickAsync();
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Decided");

        await officer.GetByTestId("outcome-choice").GetByText("압수", new() { Exact = true }).ClickAsync();
        await officer.Locator("input[data-testid=outcome-revenue]").FillAsync("2000000");
        await officer.Locator("input[data-testid=outcome-goods]").FillAsync("필로폰 1.74 kg");
        await PickAsync(officer, "seizure-category", "마약류");
        await officer.Locator("input[data-testid=seizure-quantity]").FillAsync("1.74");
        await PickAsync(officer, "seizure-concealment", "이중 벽·위장 공간");
        await PickAsync(officer, "seizure-found-in", "컨테이너");
        await officer.GetByTestId("seizure-photos").Last.SetInputFilesAsync(new FilePayload { Name = "evidence.png", MimeType = "image/png", Buffer = SeizureSamples.Png });
        await Assertions.Expect(officer.GetByTestId("seizure-photo-preview")).ToHaveCountAsync(1);

        await officer.GetByTestId("action-record-outcome").ClickAsync();
        var summary = officer.GetByTestId("outcome-confirm-summary");
        await Assertions.Expect(summary).ToContainTextAsync("1.74 kg");
        await Assertions.Expect(summary).ToContainTextAsync("마약류");
        await officer.GetByTestId("outcome-confirm").ClickAsync();

        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(officer.GetByTestId("seizure-summary-quantity")).ToHaveTextAsync("1.74 kg");
        await Assertions.Expect(officer.GetByTestId("evidence-photo")).ToHaveCountAsync(1);
        await Assertions.Expect(officer.GetByTestId("undo-countdown")).ToBeVisibleAsync();
        await officer.GetByTestId("action-undo-outcome").ClickAsync();

        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Decided");
        await using (var db = browser.App.CreateDbContext())
        {
            var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
            Assert.Null(row.Outcome);
            Assert.False(await db.SeizurePhotos.AnyAsync(p => p.DeclarationId == id));
        }

        // The form kept what was entered: recording again needs only the confirmation.
        await Assertions.Expect(officer.Locator("input[data-testid=seizure-quantity]")).ToHaveValueAsync("1.74");
        await officer.GetByTestId("action-record-outcome").ClickAsync();
        await officer.GetByTestId("outcome-confirm").ClickAsync();
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(officer.GetByTestId("closed-summary")).ToBeVisibleAsync();
        await using (var db = browser.App.CreateDbContext())
        {
            var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
            Assert.Equal((InspectionOutcome.Seizure, 1.74m), (row.Outcome, row.SeizureQuantity));
        }
        await officer.Context.CloseAsync();
    }
}
