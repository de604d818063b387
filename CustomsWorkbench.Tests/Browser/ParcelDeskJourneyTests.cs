using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// An officer works a split shipment in Chromium (Korean UI): filters the parcel desk by split-shipment, opens a parcel,
/// sees the evidence with its related parcels as links, holds it for documents and sees the status change.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ParcelDeskJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Officer_filters_split_shipments_opens_the_evidence_and_holds_the_parcel()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        int parcelId;
        await using (var db = browser.App.CreateDbContext())
        {
            // A split-shipment parcel whose related parcels are stored, put back on the worklist as the newest arrival.
            var flag = await db.ParcelFlags.AsNoTracking().Where(f => f.Code == ParcelFlagCodes.SplitShipment && f.RelatedTrackingNumbers != "")
                .OrderBy(f => f.Id).FirstAsync();
            parcelId = flag.ParcelId;
            var latest = await db.Parcels.MaxAsync(p => p.ArrivedOn);
            await db.Parcels.Where(p => p.Id == parcelId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, ParcelStatus.Open).SetProperty(p => p.ClaimedBy, (string?)null).SetProperty(p => p.ArrivedOn, latest.AddDays(1)));
        }

        var officer = await browser.SignInAsync("officer");
        await officer.GotoAsync($"{browser.BaseUrl}/parcels/queue");
        await BrowserFixture.WaitForInteractiveAsync(officer);
        // The desk opens on today's arrivals; the parcel was put back after the newest one, so widen to every day.
        await officer.GetByTestId("filter-period").ClickAsync();
        await officer.Locator(".mud-popover-open").GetByText("전체 기간", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(officer.GetByTestId("filter-period")).ToContainTextAsync("전체 기간", new() { Timeout = 30_000 });
        await officer.GetByTestId("filter-flag").ClickAsync();
        await officer.Locator(".mud-popover-open").GetByText("분할 반입", new() { Exact = true }).ClickAsync();
        var row = officer.Locator($"[data-testid=queue-open][data-parcel='{parcelId}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        // Every row on the filtered queue carries the split-shipment flag.
        await Assertions.Expect(officer.Locator("[data-testid=parcel-queue-grid] tbody tr:has([data-testid=queue-open])")
            .Filter(new() { HasNot = officer.Locator("[data-flag=split-shipment]") })).ToHaveCountAsync(0);

        await row.ClickAsync();
        // The link carries the queue view (?view=...) for "next item".
        await Assertions.Expect(officer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/parcels/{parcelId}(\?|$)"), new() { Timeout = 30_000 });
        await BrowserFixture.WaitForInteractiveAsync(officer);
        var evidence = officer.Locator("[data-testid=flag-evidence][data-flag=split-shipment]");
        // The page computes the risk explanation and the duty lines on open: slow on two cores under the whole suite.
        await Assertions.Expect(evidence).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(evidence.GetByTestId("related-parcel").First).ToBeVisibleAsync();
        await Assertions.Expect(officer.GetByTestId("code-identity")).ToBeVisibleAsync();
        await Assertions.Expect(officer.GetByTestId("duty-line").First).ToBeVisibleAsync();
        await Assertions.Expect(officer.GetByTestId("parcel-status")).ToHaveAttributeAsync("data-status", "Open");

        await officer.GetByTestId("parcel-reason").FillAsync("송장 제출 요청");
        await officer.GetByTestId("parcel-action-HoldForDocuments").ClickAsync();

        await Assertions.Expect(officer.Locator("[data-testid=parcel-header] [data-testid=parcel-status]")).ToHaveAttributeAsync("data-status", "HeldForDocuments");
        await Assertions.Expect(officer.Locator("[data-testid=decision-entry][data-action=HoldForDocuments]")).ToBeVisibleAsync();
        await using (var db = browser.App.CreateDbContext())
            Assert.Equal(ParcelStatus.HeldForDocuments, (await db.Parcels.AsNoTracking().SingleAsync(p => p.Id == parcelId)).Status);

        // The assistant, opened on the parcel, explains the hold with the officer's reason and cites the parcel.
        await officer.GetByTestId("assistant-fab").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("assistant-panel")).ToBeVisibleAsync();
        await officer.GetByTestId("assistant-clear").ClickAsync();
        await officer.GetByTestId("assistant-input").FillAsync("이 물품 왜 보류됐어?");
        await officer.GetByTestId("assistant-send").ClickAsync();
        var answer = officer.GetByTestId("assistant-answer").Last;
        // The first question in a fresh host waits for the offline engine to load: up to a minute under the whole suite.
        await Assertions.Expect(answer).ToContainTextAsync("서류 보완 대기", new() { Timeout = 90_000 });
        await Assertions.Expect(answer).ToContainTextAsync("송장 제출 요청");
        await Assertions.Expect(answer.GetByTestId("assistant-citation").First).ToHaveAttributeAsync("href", $"/parcels/{parcelId}");
        await officer.Context.CloseAsync();
    }
}
