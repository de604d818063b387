using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Tests.Features.XRay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// The Content-Security-Policy is only right if the app still works under it: a supervisor walks the pages with the most
/// script (queue, declaration, X-ray canvas viewer, graph explorer, assistant) and the browser reports no violation.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ContentSecurityPolicyJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task The_busiest_pages_work_without_a_single_policy_violation()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var scan = await XRayTestData.AnalysedScanAsync(browser.App, (ThreatClasses.OrganicPackage, 0.9, 200, 150, 120, 80));
        await using var db = browser.App.CreateDbContext();
        var importer = await db.Importers.OrderBy(i => i.Id).Select(i => i.Name).FirstAsync();

        var page = await browser.SignInAsync("supervisor");
        page.SetDefaultTimeout(30_000);
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) lock (violations) violations.Add(message.Text); };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        await page.GotoAsync($"{browser.BaseUrl}/risk/queue");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GotoAsync($"{browser.BaseUrl}/xray/scans/{scan.Id}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("xray-canvas")).ToHaveAttributeAsync("data-ready", "true");
        await page.GetByTestId("xray-colour").ClickAsync();

        await page.GotoAsync($"{browser.BaseUrl}/intel/explorer");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=graph-canvas][data-ready=true]")).ToHaveCountAsync(1);
        await page.Locator("input[data-testid=explorer-search]").FillAsync(importer[..Math.Min(6, importer.Length)]);
        await page.GetByTestId("search-hit").First.ClickAsync();
        await page.GetByTestId("explorer-expand").ClickAsync();
        await Assertions.Expect(page.GetByTestId("explorer-counts")).Not.ToHaveAttributeAsync("data-nodes", "1");

        // The import map and module scripts ran: the modules the pages import came through the policy.
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.querySelector('script[type=importmap]')"));
        Assert.Empty(violations);
    }
}
