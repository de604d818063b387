using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Demo.Arrivals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// A working shift at 1366 px: a supervisor sets an office's daily capacity and watches the gauges follow arrivals live;
/// an officer's queue opens on their office's work of today, and a new arrival shows up without a reload.
/// The arrivals come from the live feed's own import path (driven here tick by tick instead of on its timer).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ShiftJourneyTests(BrowserFixture browser)
{
    private Task ArriveAsync(int count) => browser.App.Services.GetRequiredService<DemoArrivalsFeed>().ArriveAsync(count);

    private static Task<int> TodayTotalAsync(IPage page) =>
        page.EvaluateAsync<int>("() => [...document.querySelectorAll('[data-testid=capacity-today]')].reduce((s, e) => s + Number(e.dataset.count), 0)");

    [SkippableFact]
    public async Task Supervisor_changes_an_office_capacity_and_sees_the_gauge_follow_arrivals()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var page = await browser.SignInAsync("supervisor");
        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync($"{browser.BaseUrl}/risk/capacity");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var row = page.Locator("tr", new() { Has = page.Locator("[data-testid=capacity-row][data-office='070']") });
        await row.Locator("[data-testid=capacity-red] input, input[data-testid=capacity-red]").FillAsync("4");
        await row.Locator("[data-testid=capacity-yellow] input, input[data-testid=capacity-yellow]").FillAsync("6");
        await row.GetByTestId("capacity-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("capacity-message")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-testid=capacity-gauge][data-channel=Red]")).ToHaveAttributeAsync("data-capacity", "4");
        await Assertions.Expect(row.Locator("[data-testid=capacity-gauge][data-channel=Yellow]")).ToHaveAttributeAsync("data-capacity", "6");
        await Assertions.Expect(row.GetByTestId("capacity-save")).ToBeVisibleAsync(); // the action column is not cut off at 1366 px

        // Arrivals are scored and the page's gauges follow over the live circuit, with no reload.
        var before = await TodayTotalAsync(page);
        await ArriveAsync(15);
        await page.WaitForFunctionAsync(
            "n => [...document.querySelectorAll('[data-testid=capacity-today]')].reduce((s, e) => s + Number(e.dataset.count), 0) > n", before);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Officer_queue_opens_on_today_s_office_work_and_a_new_arrival_appears_live()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        await ArriveAsync(60);
        var today = ShiftDay.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        var officer = await browser.SignInAsync("officer");
        await officer.SetViewportSizeAsync(1366, 900);
        await officer.GotoAsync($"{browser.BaseUrl}/risk/queue");
        await BrowserFixture.WaitForInteractiveAsync(officer);

        await Assertions.Expect(officer.GetByTestId("service-clock").First).ToBeVisibleAsync();
        // The date column gives way below 1800 px (the queue is today's work): read the cells' text, shown or not.
        var dates = await officer.Locator("[data-testid=queue-grid] [data-testid=queue-date]").AllTextContentsAsync();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Equal(today, d.Trim()));
        var before = await officer.GetByTestId("queue-open").CountAsync();

        await ArriveAsync(60);
        await Assertions.Expect(officer.GetByTestId("queue-new-banner")).ToBeVisibleAsync();
        await officer.GetByTestId("queue-show-new").ClickAsync();
        await officer.WaitForFunctionAsync("n => document.querySelectorAll('[data-testid=queue-open]').length > n", before);
        await officer.Context.CloseAsync();
    }
}
