using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Planting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// An analyst starts from one suspicious importer (the planted network's entry shell), expands twice, finds the path
/// to the seized consignment, groups two entities into a labelled box, saves the investigation as a case and reopens it from
/// the case list with the same entities and group, then dissolves the group.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class IntelligenceJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Analyst_follows_a_planted_network_to_a_seizure_groups_two_entities_and_saves_the_case()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var (entryName, caseNumber) = await PlantedNetworkAsync();
        var page = await browser.SignInAsync("analyst");
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync($"{browser.BaseUrl}/intel/explorer");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=graph-canvas][data-ready=true]")).ToHaveCountAsync(1);

        await page.Locator("input[data-testid=explorer-search]").FillAsync(entryName[3..]);
        await page.GetByTestId("search-hit").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("node-label")).ToHaveTextAsync(entryName);

        var counts = page.GetByTestId("explorer-counts");
        await page.GetByTestId("explorer-expand").ClickAsync();
        await Assertions.Expect(counts).Not.ToHaveAttributeAsync("data-nodes", "1");
        var afterFirst = int.Parse((await counts.GetAttributeAsync("data-nodes"))!);
        await page.GetByTestId("explorer-expand").ClickAsync();
        await page.WaitForFunctionAsync($"() => Number(document.querySelector('[data-testid=explorer-counts]').dataset.nodes) > {afterFirst}");

        await page.Locator("input[data-testid=explorer-path-target]").FillAsync(caseNumber);
        await page.GetByTestId("path-target-hit").First.ClickAsync();
        await page.GetByTestId("explorer-path").ClickAsync();
        var path = page.GetByTestId("explorer-path-result");
        await Assertions.Expect(path).ToContainTextAsync(entryName);
        await Assertions.Expect(path).ToContainTextAsync(caseNumber);
        var nodesOnCanvas = await counts.GetAttributeAsync("data-nodes");

        await SelectTwoEntitiesAsync(page);
        await page.Locator("input[data-testid=explorer-group-label]").FillAsync("Shell pair");
        await page.GetByTestId("explorer-group").ClickAsync();
        await Assertions.Expect(counts).ToHaveAttributeAsync("data-groups", "1");
        // The box is not an entity: the node count is unchanged.
        await Assertions.Expect(counts).ToHaveAttributeAsync("data-nodes", nodesOnCanvas!);
        Assert.Equal(["Shell pair:2"], await GroupsOnCanvasAsync(page));

        var title = $"Network {Guid.NewGuid():N}"[..16];
        await page.Locator(".mud-tab").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^(사건|Case)$") }).ClickAsync();
        await page.Locator("input[data-testid=case-title]").FillAsync(title);
        await page.GetByTestId("explorer-save-case").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/intel/explorer\?case=\d+"));

        await page.GotoAsync($"{browser.BaseUrl}/intel/cases");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var row = page.Locator("tr").Filter(new() { HasText = title });
        await row.GetByTestId("case-open").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("explorer-case-title")).ToContainTextAsync(title);
        await Assertions.Expect(page.GetByTestId("explorer-counts")).ToHaveAttributeAsync("data-nodes", nodesOnCanvas!);
        await Assertions.Expect(page.GetByTestId("explorer-counts")).ToHaveAttributeAsync("data-groups", "1");
        Assert.Equal(["Shell pair:2"], await GroupsOnCanvasAsync(page));

        // Clicking the box's padded corner selects the group itself; ungrouping keeps its members on the canvas.
        var corner = await page.EvaluateAsync<double[]>(
            $"() => {{ const cy = {Cy}; const box = cy.container().getBoundingClientRect(); " +
            "const b = cy.nodes('[?isGroup]').renderedBoundingBox({ includeLabels: false }); return [box.left + b.x1 + 6, box.top + b.y1 + 6]; }");
        await page.Mouse.ClickAsync((float)corner[0], (float)corner[1]);
        await page.GetByTestId("explorer-ungroup").ClickAsync();
        await Assertions.Expect(counts).ToHaveAttributeAsync("data-groups", "0");
        await Assertions.Expect(counts).ToHaveAttributeAsync("data-nodes", nodesOnCanvas!);
        Assert.Empty(await GroupsOnCanvasAsync(page));
        await page.Context.CloseAsync();
    }

    // Cytoscape keeps its instance on the container (_cyreg); the test reads positions and the drawn groups from it.
    private const string Cy = "document.querySelector('[data-testid=graph-canvas]')._cyreg.cy";

    /// <summary>Clicks one entity and shift-clicks another on the canvas, as an analyst would.</summary>
    private static async Task SelectTwoEntitiesAsync(IPage page)
    {
        var points = await page.EvaluateAsync<double[][]>(
            $"() => {{ const cy = {Cy}; cy.nodes().unselect(); const box = cy.container().getBoundingClientRect(); " +
            "return cy.nodes('[!isGroup]').not('.hidden').slice(0, 2).map(n => { const p = n.renderedPosition(); return [box.left + p.x, box.top + p.y]; }); }");
        Assert.Equal(2, points.Length);
        await page.Mouse.ClickAsync((float)points[0][0], (float)points[0][1]);
        await page.Keyboard.DownAsync("Shift");
        await page.Mouse.ClickAsync((float)points[1][0], (float)points[1][1]);
        await page.Keyboard.UpAsync("Shift");
        await page.WaitForFunctionAsync($"() => {Cy}.nodes('[!isGroup]:selected').length === 2");
    }

    private static Task<string[]> GroupsOnCanvasAsync(IPage page) =>
        page.EvaluateAsync<string[]>($"() => {Cy}.nodes('[?isGroup]').map(g => g.data('label') + ':' + g.children().length)");

    private async Task<(string EntryName, string CaseNumber)> PlantedNetworkAsync()
    {
        await using var db = browser.App.CreateDbContext();
        var network = await db.Set<IntelligenceGroundTruth>().Where(t => t.Kind == IntelligenceDemoPlanting.NetworkKind).ToListAsync();
        var entryId = network.Single(t => t.Detail == IntelligenceDemoPlanting.NetworkEntryDetail).EntityId;
        var seizedId = network.Single(t => t.Detail == "seized").EntityId;
        var entry = await db.Importers.SingleAsync(i => i.Id == entryId);
        var seizure = await db.Seizures.Where(s => s.ImporterId == seizedId).OrderBy(s => s.Id).FirstAsync();
        return (entry.Name, seizure.CaseNumber);
    }
}
