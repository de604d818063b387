using CustomsWorkbench.Platform.Identity;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>Each role signs in through the real page in Chromium and lands on its home page with its own navigation.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class SignInJourneyTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("officer", "심사·검사 직원", "오늘의 업무: 수입신고 선별", "admin/users", "home-officer")]
    [InlineData("analyst", "정보 분석관", "연결 분석", "data/import", "home-analyst")]
    [InlineData("supervisor", "감독자", "AI 추천과 직원 결정 검토", "admin/users", "home-supervisor")]
    [InlineData("admin", "관리자", "사용자, 역할, 데이터", "", "home-admin")]
    public async Task Role_signs_in_and_sees_its_home_page(string userName, string roleWord, string roleLine, string hiddenLink, string homeSection)
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var page = await browser.SignInAsync(userName);
        await Assertions.Expect(page.GetByTestId("home-role-line")).ToContainTextAsync(roleLine);
        await Assertions.Expect(page.GetByTestId("user-chip")).ToContainTextAsync($"{userName} · {roleWord}"); // the role in the browser's language (ko-KR)
        // Each role's own home page, greeting by display name (the demo users' names are Korean, never the user name).
        await Assertions.Expect(page.GetByTestId(homeSection)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("home-title")).Not.ToContainTextAsync(userName);
        if (hiddenLink != "")
            await Assertions.Expect(page.Locator($"[data-testid=nav-menu] a[href='{hiddenLink}']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Switching_to_English_changes_the_interface_and_survives_a_new_sign_in()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var page = await browser.SignInAsync("officer2");
        await page.GetByTestId("culture-switch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("home-role-line")).ToContainTextAsync("Your work today");
        await Assertions.Expect(page.GetByTestId("culture-switch")).ToContainTextAsync("한국어");
        await page.Context.CloseAsync();

        var again = await browser.SignInAsync("officer2");
        await Assertions.Expect(again.GetByTestId("home-role-line")).ToContainTextAsync("Your work today");
        await again.GetByTestId("culture-switch").ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(again);
        await Assertions.Expect(again.GetByTestId("home-role-line")).ToContainTextAsync("오늘의 업무");
        await again.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Wrong_password_shows_an_error_on_the_sign_in_page()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/declarations");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.FillAsync("#username", "officer");
        await page.FillAsync("#password", "wrong");
        await page.ClickAsync("[data-testid=sign-in]");
        await Assertions.Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
