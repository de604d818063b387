using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Features.TraderSupport.Audit;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>Trader support in a real browser: an officer classifies goods and reads why; a supervisor approves an audit plan.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class TraderSupportJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task An_officer_classifies_wireless_earphones_and_opens_the_reasons()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        // The fixture's host trains its first classifier version on the first request: do that before the browser waits for it.
        await browser.App.Services.GetRequiredService<ITariffClassifier>().ClassifyAsync(new ClassificationRequest("이어폰"));
        var page = await browser.SignInAsync("officer");
        await page.GotoAsync($"{browser.BaseUrl}/traders/classify");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.Locator("textarea[data-testid=classify-description]").FillAsync("무선 블루투스 이어폰");
        await page.GetByTestId("classify-submit").ClickAsync();

        var first = page.GetByTestId("classify-suggestion-1");
        await Assertions.Expect(first).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(first.GetByTestId("classify-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^8518"));
        await Assertions.Expect(first).ToContainTextAsync("헤드폰 및 이어폰");

        await first.GetByTestId("classify-code").ClickAsync();
        var reasons = first.GetByTestId("classify-reasons");
        await Assertions.Expect(reasons).ToBeVisibleAsync();
        await Assertions.Expect(reasons).ToContainTextAsync("8518");
        await Assertions.Expect(reasons).ToContainTextAsync("85 ");
        await Assertions.Expect(first).ToContainTextAsync("용어 사전");
        await Assertions.Expect(first).ToContainTextAsync("이어폰");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_supervisor_approves_an_audit_plan_within_capacity()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var page = await browser.SignInAsync("supervisor");
        await page.GotoAsync($"{browser.BaseUrl}/traders/audit");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var companies = page.GetByTestId("audit-company");
        await Assertions.Expect(companies.First).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var capacity = page.Locator("input[data-testid=audit-capacity]");
        await capacity.FillAsync("5");
        await capacity.PressAsync("Tab");
        await Assertions.Expect(companies).ToHaveCountAsync(5);
        var expected = (await companies.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Select(href => int.Parse(href.Split('/')[^1])).ToList();

        await page.GetByTestId("audit-approve").ClickAsync();
        await page.GetByTestId("audit-confirm").ClickAsync();

        // Approving writes the plan and its audit entry; on a busy machine that takes more than the default 5 s.
        await Assertions.Expect(page.GetByTestId("audit-approved")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("plan-company")).ToHaveCountAsync(5);
        await using var db = browser.App.CreateDbContext();
        var plan = await db.Set<AuditPlan>().Include(p => p.Companies).OrderByDescending(p => p.Id).FirstAsync();
        Assert.Equal("supervisor", plan.ApprovedBy);
        Assert.Equal(expected, plan.Companies.OrderBy(c => c.Rank).Select(c => c.ImporterId).ToList());
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "trader.audit-plan-approved" && e.EntityId == plan.Id.ToString() && e.Actor == "supervisor"));
        await page.Context.CloseAsync();
    }
}
