using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Review;
using CustomsWorkbench.Features.XRay.Tip;
using CustomsWorkbench.Tests.Features.XRay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// Threat Image Projection at share 1.0: the officer opens a scan (its pixels now carry a training threat), completes the
/// review and is told only then whether they caught it. TIP is switched off again afterwards for the other browser tests.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class XRayTipJourneyTests(BrowserFixture browser)
{
    private TipService Tip => browser.App.Services.GetRequiredService<TipService>();

    [SkippableFact]
    public async Task Completing_a_review_tells_the_officer_whether_the_projected_threat_was_caught_or_missed()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        await Tip.SaveSettingsAsync(true, 1.0, "supervisor");
        try
        {
            var page = await browser.SignInAsync("officer");

            // Missed: nothing marked.
            var missed = await XRayTestData.AnalysedScanAsync(browser.App);
            await OpenAsync(page, missed.Id);
            await ProjectionAsync(missed.Id);
            Assert.Equal(0, await page.GetByTestId("xray-tip-feedback").CountAsync());
            await page.GetByTestId("xray-mark-reviewed").ClickAsync();
            var feedback = page.GetByTestId("xray-tip-feedback");
            await Assertions.Expect(feedback).ToHaveAttributeAsync("data-hit", "false");
            // The workbench opens in Korean: "…: missed".
            await Assertions.Expect(feedback).ToContainTextAsync("놓쳤습니다");

            // Caught: a box on the projected threat before completing.
            var caught = await XRayTestData.AnalysedScanAsync(browser.App);
            await OpenAsync(page, caught.Id);
            var projection = await ProjectionAsync(caught.Id);
            var outcome = await browser.App.Services.GetRequiredService<ScanReviewService>().AnnotateAsync(caught.Id,
                new AnnotationRequest(AnnotationKind.Drawn, null, projection.Class, projection.X, projection.Y, Math.Max(4, projection.Width), Math.Max(4, projection.Height)), "officer");
            Assert.True(outcome.Succeeded, outcome.Error);
            await page.GetByTestId("xray-mark-reviewed").ClickAsync();
            await Assertions.Expect(feedback).ToHaveAttributeAsync("data-hit", "true");
            await Assertions.Expect(feedback).ToHaveAttributeAsync("data-class", projection.Class);
            await Assertions.Expect(feedback).ToContainTextAsync("발견했습니다");
            await page.Context.CloseAsync();
        }
        finally
        {
            await Tip.SaveSettingsAsync(false, 0.1, "supervisor");
        }
    }

    private async Task OpenAsync(IPage page, int scanId)
    {
        await page.GotoAsync($"{browser.BaseUrl}/xray/scans/{scanId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("xray-canvas")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
    }

    /// <summary>The projection the officer's image requests recorded (they happen when the pane loads the pixels).</summary>
    private async Task<TipProjection> ProjectionAsync(int scanId)
    {
        await using var db = browser.App.CreateDbContext();
        return await db.Set<TipProjection>().SingleAsync(p => p.ScanId == scanId && p.Officer == "officer");
    }
}
