using System.Text.RegularExpressions;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// An analyst at 1366 px opens the explorer, starts from a suggested starting point, reads the legend and expands it by one
/// link kind; on a well-connected entity, a link kind with many neighbours arrives as one group node, which opens by page;
/// a declaration behind one of the entity's links opens read-only.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class AnalystExplorerJourneyTests(BrowserFixture browser)
{
    // Cytoscape keeps its instance on the container (_cyreg); the test reads the drawn nodes from it.
    private const string Cy = "document.querySelector('[data-testid=graph-canvas]')._cyreg.cy";

    [SkippableFact]
    public async Task Analyst_starts_from_a_suggestion_expands_by_link_kind_opens_a_group_by_page_and_reads_a_declaration()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var startId = (await Expansion.SuggestAsync()).First().Node.Id;
        var (busyId, linkKind, groupSize, pageSize) = await EntityWithAGroupAsync();

        var page = await browser.SignInAsync("analyst");
        page.SetDefaultTimeout(30_000);
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync($"{browser.BaseUrl}/intel/explorer");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=graph-canvas][data-ready=true]")).ToHaveCountAsync(1);

        // An empty canvas suggests where to begin, each with its reason; the legend explains shapes and lines.
        await Assertions.Expect(page.GetByTestId("starting-points")).ToBeVisibleAsync();
        var start = page.Locator($"[data-testid=starting-point][data-node-id='{startId}']");
        await Assertions.Expect(start.GetByTestId("starting-point-reason")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByTestId("graph-legend")).ToHaveAttributeAsync("data-open", "true");
        Assert.True(await page.GetByTestId("legend-node").CountAsync() > 3);
        Assert.True(await page.GetByTestId("legend-link").CountAsync() > 1);
        await Assertions.Expect(page.GetByTestId("legend-group-node")).ToBeVisibleAsync();

        await start.ClickAsync();
        await Assertions.Expect(page.GetByTestId("node-panel")).ToHaveAttributeAsync("data-node-id", startId.ToString());
        await Assertions.Expect(page.GetByTestId("starting-points")).ToHaveCountAsync(0);
        var counts = page.GetByTestId("explorer-counts");
        await Assertions.Expect(counts).ToHaveAttributeAsync("data-nodes", "1");

        // Expanding by one link kind brings that kind's neighbours (one by one, or as a group node when many).
        var kind = page.GetByTestId("expand-link-kind").First;
        await kind.ClickAsync();
        await page.WaitForFunctionAsync($"() => {Cy}.nodes('[!isGroup]').length > 1");

        // An entity with many neighbours of one kind (opened from a link, as a record page would): they arrive as one group node.
        await page.GotoAsync($"{browser.BaseUrl}/intel/explorer?node={busyId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("node-panel")).ToHaveAttributeAsync("data-node-id", busyId.ToString());
        var expand = page.Locator($"[data-testid=expand-link-kind][data-link-kind='{linkKind}']");
        await Assertions.Expect(expand).ToHaveAttributeAsync("data-count", groupSize.ToString());
        await expand.ClickAsync();
        await page.WaitForFunctionAsync($"() => {Cy}.nodes('[?isBundle]').length > 0");
        var entitiesBefore = await page.EvaluateAsync<int>($"() => {Cy}.nodes('[!isGroup][!isBundle]').length");

        // The group node opens in the side panel, and a page of its members comes onto the canvas.
        await page.GetByTestId("explorer-fit").ClickAsync();
        await ClickOnCanvasAsync(page, "[?isBundle]");
        var group = page.GetByTestId("group-panel");
        await Assertions.Expect(group).ToHaveAttributeAsync("data-shown", "0");
        var total = int.Parse((await group.GetAttributeAsync("data-total"))!);
        await page.GetByTestId("group-open-next").ClickAsync();
        var shown = Math.Min(pageSize, total);
        await Assertions.Expect(group).ToHaveAttributeAsync("data-shown", shown.ToString());
        await page.WaitForFunctionAsync($"() => {Cy}.nodes('[!isGroup][!isBundle]').length >= {entitiesBefore + shown}");

        // A declaration behind one of the entity's links opens (in a new tab) read-only.
        await page.GotoAsync($"{browser.BaseUrl}/intel/explorer?node={busyId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("node-panel")).ToHaveAttributeAsync("data-node-id", busyId.ToString());
        var evidence = page.Locator("[data-testid=link-evidence][data-record-type=Declaration] [data-testid=evidence-open]");
        for (var i = 0; i < await page.GetByTestId("node-link").CountAsync() && !await evidence.First.IsVisibleAsync(); i++)
            await page.GetByTestId("node-link").Nth(i).Locator(".mud-expand-panel-header").ClickAsync();
        await Assertions.Expect(evidence.First).ToBeVisibleAsync();
        var number = (await evidence.First.TextContentAsync())!.Trim();
        var dossier = await page.Context.RunAndWaitForPageAsync(() => evidence.First.ClickAsync());
        await Assertions.Expect(dossier).ToHaveURLAsync(new Regex(@"/risk/declarations/\d+"), new() { Timeout = 30_000 });
        await BrowserFixture.WaitForInteractiveAsync(dossier);
        await Assertions.Expect(dossier.GetByTestId("declaration-number")).ToHaveTextAsync(number);
        await Assertions.Expect(dossier.GetByTestId("declaration-read-only")).ToBeVisibleAsync();
        await Assertions.Expect(dossier.GetByTestId("decision-panel")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private GraphExpansionService Expansion => browser.App.Services.GetRequiredService<GraphExpansionService>();

    /// <summary>
    /// An entity with declarations behind its links and a link kind that expands into a group node, the best connected first
    /// (read from the app's own services, so the journey does not depend on the demo world's exact shape).
    /// </summary>
    private async Task<(int NodeId, string LinkKind, int Count, int PageSize)> EntityWithAGroupAsync()
    {
        var (graph, _) = await browser.App.Services.GetRequiredService<GraphMetrics>().GetAsync();
        var query = browser.App.Services.GetRequiredService<GraphQueryService>();
        var filter = GraphFilterState.Default.ToGraphFilter();
        var candidates = Enumerable.Range(0, graph.NodeCount).Where(v => !graph.IsMerged(v)).OrderByDescending(graph.Degree).Take(30);
        foreach (var id in candidates.Select(v => graph.NodeIds[v]))
        {
            var details = await query.DetailsAsync(id);
            if (details is null || !details.Links.Any(l => l.Evidence.Any(e => e.RecordType == "Declaration"))) continue;
            foreach (var kind in await Expansion.LinkKindsAsync(id, filter) ?? [])
            {
                if (kind.Count > Expansion.Options.GroupAbove && (await Expansion.ExpandAsync(id, kind.Kind, filter))?.Groups.Count > 0)
                    return (id, kind.Kind.ToString(), kind.Count, Expansion.Options.PageSize);
            }
        }
        Assert.Fail($"No well-connected entity has declarations behind its links and more than {Expansion.Options.GroupAbove} neighbours of one kind.");
        return default;
    }

    /// <summary>Clicks the first drawn node matching the cytoscape selector, as an analyst would.</summary>
    private static async Task ClickOnCanvasAsync(IPage page, string selector)
    {
        var point = await page.EvaluateAsync<double[]>(
            $"() => {{ const cy = {Cy}; const box = cy.container().getBoundingClientRect(); " +
            $"const n = cy.nodes({System.Text.Json.JsonSerializer.Serialize(selector)}).not('.hidden')[0]; const p = n.renderedPosition(); return [box.left + p.x, box.top + p.y]; }}");
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }
}
