using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>A supervisor trains an X-ray detector candidate from the catalogue, compares it with the active one and promotes it.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ModelCatalogueJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_supervisor_compares_two_detector_versions_and_promotes_the_newer_one()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        // The fixture's host trains its first detector only when something needs it: make sure version 1 exists first.
        await browser.App.Services.GetRequiredService<DetectorProvider>().GetAsync();
        var registry = browser.App.Services.GetRequiredService<ModelRegistry>();
        var first = (await registry.GetActiveAsync(DetectorProvider.ModelName))!;
        var page = await browser.SignInAsync("supervisor");
        await page.GotoAsync($"{browser.BaseUrl}/oversight/models/{DetectorProvider.ModelName}");
        await BrowserFixture.WaitForInteractiveAsync(page);

        // Train a candidate in the background, with progress on the page.
        await page.GetByTestId("models-train").ClickAsync();
        var job = page.GetByTestId("models-job");
        await Assertions.Expect(job).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(job).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 600_000 });
        var candidate = (await registry.ListAsync(DetectorProvider.ModelName)).First(v => v.Status == ModelStatus.Candidate);
        Assert.NotEqual(first.Version, candidate.Version);
        var row = page.Locator($"[data-testid=version-row][data-version='{candidate.Version}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Candidate", new() { Timeout = 30_000 });

        // A/B: the active version against the newest other one, as a table and charts.
        var comparison = page.GetByTestId("comparison-table");
        await Assertions.Expect(comparison).ToContainTextAsync(first.Version);
        await Assertions.Expect(comparison).ToContainTextAsync(candidate.Version);
        await Assertions.Expect(page.Locator("[data-testid=chart-validation] svg").First).ToBeVisibleAsync();

        await page.Locator($"tr:has([data-testid=version-row][data-version='{candidate.Version}']) [data-testid=version-promote]").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();

        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Active", new() { Timeout = 60_000 });
        Assert.Equal(candidate.Version, (await registry.GetActiveAsync(DetectorProvider.ModelName))!.Version);
        await using var db = browser.App.CreateDbContext();
        var promoted = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "model.promoted" && e.EntityId == candidate.Version);
        Assert.Equal("supervisor", promoted.Actor);
        await page.Context.CloseAsync();
    }
}
