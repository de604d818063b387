using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Tests.Features.XRay;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>An officer works through a scan in the real pane: colour, confirm, dismiss, draw a box; it all survives a reload.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class XRayJourneyTests(BrowserFixture browser)
{
    private const string CountColouredPixels = """
        () => {
          const c = document.querySelector('[data-testid=xray-canvas]');
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4 * 37) if (d[i] > d[i + 2] + 60 && d[i + 1] > d[i + 2] + 20) n++;
          return n;
        }
        """;

    [SkippableFact]
    public async Task Officer_colours_the_scan_confirms_dismisses_and_adds_a_box_and_it_persists()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var scan = await XRayTestData.AnalysedScanAsync(browser.App,
            (ThreatClasses.OrganicPackage, 0.92, 200, 150, 120, 80), (ThreatClasses.Weapon, 0.81, 600, 300, 60, 30));
        var (first, second) = (scan.Findings[0].Id, scan.Findings[1].Id);
        var page = await browser.SignInAsync("officer");
        await page.GotoAsync($"{browser.BaseUrl}/xray/scans/{scan.Id}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var canvas = page.GetByTestId("xray-canvas");
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });

        // Grey scale first: hardly any orange pixels; material colour paints the textiles orange.
        var before = await page.EvaluateAsync<int>(CountColouredPixels);
        await page.GetByTestId("xray-colour").ClickAsync();
        await page.WaitForFunctionAsync(CountColouredPixels.Replace("return n;", $"return n > {before + 200};"));

        await page.GetByTestId($"finding-{first}-confirm").ClickAsync();
        // Confirming an organic package (narcotics) also escalates: holds the declaration and notifies supervisors first.
        await Assertions.Expect(page.GetByTestId("xray-count-confirmed")).ToHaveAttributeAsync("data-count", "1", new() { Timeout = 20_000 });
        await page.GetByTestId($"finding-{second}-dismiss").ClickAsync();
        await Assertions.Expect(page.GetByTestId("xray-count-dismissed")).ToHaveAttributeAsync("data-count", "1");

        await page.GetByTestId("xray-draw").ClickAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.70f, box.Y + box.Height * 0.40f);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.78f, box.Y + box.Height * 0.50f, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.GetByTestId("xray-drawn-form")).ToBeVisibleAsync();
        await page.GetByTestId("xray-drawn-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("xray-count-drawn")).ToHaveAttributeAsync("data-count", "1");

        await page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("xray-count-confirmed")).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(page.GetByTestId("xray-count-dismissed")).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(page.GetByTestId("xray-count-drawn")).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(page.GetByTestId($"finding-{first}")).ToHaveAttributeAsync("data-verdict", "confirmed");
        await Assertions.Expect(page.GetByTestId($"finding-{second}")).ToHaveAttributeAsync("data-verdict", "dismissed");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_queue_lists_scans_and_opens_the_review_pane()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var scan = await XRayTestData.AnalysedScanAsync(browser.App, (ThreatClasses.Compartment, 0.99, 100, 100, 50, 300));
        var page = await browser.SignInAsync("officer");
        await page.GotoAsync($"{browser.BaseUrl}/xray/queue");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId($"xray-open-{scan.Id}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("xray-canvas")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("xray-consistency-reason")).ToContainTextAsync("declared textiles");
        await page.Context.CloseAsync();
    }
}
