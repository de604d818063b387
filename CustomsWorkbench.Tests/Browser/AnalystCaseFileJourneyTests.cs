using System.Text.RegularExpressions;
using CustomsWorkbench.Features.Intelligence.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// An analyst at 1366 px opens the cases list, opens a case file from its row, adds a note, a task with an owner and a due
/// date, an observable and a linked declaration, sees each on the timeline, reloads and finds it all still there.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class AnalystCaseFileJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Analyst_builds_a_case_file_and_it_survives_a_reload()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var title = $"Case file {Guid.NewGuid():N}"[..18];
        var created = await browser.App.Services.GetRequiredService<InvestigationCaseService>()
            .CreateAsync("analyst", new CaseContent(title, "", "{}", "[]", Shared: true));
        string declarationNumber;
        await using (var db = browser.App.CreateDbContext())
            declarationNumber = await db.Declarations.OrderByDescending(d => d.Id).Select(d => d.Number).FirstAsync();

        var page = await browser.SignInAsync("analyst");
        page.SetDefaultTimeout(30_000);
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync($"{browser.BaseUrl}/intel/cases");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var row = page.Locator("tr").Filter(new() { HasText = title });
        await row.GetByTestId("case-file-open").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/intel/cases/{created.Id}$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("case-file-title")).ToHaveTextAsync(title);
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.Locator("textarea[data-testid=note-text]").FillAsync("두 회사가 같은 전화번호를 씁니다");
        await page.GetByTestId("note-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-note-text")).ToHaveTextAsync("두 회사가 같은 전화번호를 씁니다");

        await page.Locator("input[data-testid=task-title]").FillAsync("은행 계좌 조회 요청");
        await page.GetByTestId("task-owner").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Locator("input[data-testid=task-due]").FillAsync("2026-01-05");
        await page.Locator("input[data-testid=task-due]").PressAsync("Tab");
        await page.GetByTestId("task-add").ClickAsync();
        var task = page.GetByTestId("case-task");
        await Assertions.Expect(task).ToContainTextAsync("은행 계좌 조회 요청");
        await Assertions.Expect(task).ToContainTextAsync("2026-01-05");
        // Due before today: marked overdue.
        await Assertions.Expect(task).ToHaveAttributeAsync("data-overdue", "true");

        await page.Locator("input[data-testid=observable-value]").FillAsync("+82 10-1234-5678");
        await page.GetByTestId("observable-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-observable")).ToContainTextAsync("01012345678");

        await page.Locator("input[data-testid=link-search]").FillAsync(declarationNumber);
        await page.GetByTestId("link-hit").Filter(new() { HasText = declarationNumber }).First.ClickAsync();
        var link = page.GetByTestId("case-link-open");
        await Assertions.Expect(link).ToHaveTextAsync(declarationNumber);

        var expected = new[] { "RecordLinked", "ObservableAdded", "TaskAdded", "NoteAdded", "Opened" };
        await Assertions.Expect(page.GetByTestId("case-event")).ToHaveCountAsync(expected.Length);
        Assert.Equal(expected, await KindsAsync(page));
        await Assertions.Expect(page.GetByTestId("case-timeline")).ToContainTextAsync("수입신고 " + declarationNumber);

        await page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("case-event")).ToHaveCountAsync(expected.Length);
        Assert.Equal(expected, await KindsAsync(page));
        await Assertions.Expect(page.GetByTestId("case-note-text")).ToHaveTextAsync("두 회사가 같은 전화번호를 씁니다");
        await Assertions.Expect(page.GetByTestId("case-task")).ToContainTextAsync("은행 계좌 조회 요청");
        await Assertions.Expect(page.GetByTestId("case-observable")).ToContainTextAsync("01012345678");
        await Assertions.Expect(page.GetByTestId("case-link-open")).ToHaveTextAsync(declarationNumber);
        // Nothing is cut off at 1366 px: the timeline sits beside the panels, inside the window.
        var box = await page.GetByTestId("case-timeline").BoundingBoxAsync();
        Assert.True(box is not null && box.X + box.Width <= 1366, $"timeline box {box?.X}+{box?.Width}");

        // The declaration opens from the case.
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/risk/declarations/\d+"), new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }

    private static async Task<string[]> KindsAsync(IPage page) =>
        (await page.GetByTestId("case-event").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.kind)"));
}
