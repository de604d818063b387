using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// The real app on Kestrel (a loopback port) with its own data folder, and Debian's Chromium driven by Playwright.
/// Browser tests skip with a clear message only where no Chromium is installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public static bool ChromiumMissing => !File.Exists(ChromiumPath);
    public const string MissingMessage = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); browser tests need it.";

    private readonly KestrelWorkbenchFactory _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public WorkbenchFactory App => _app;

    public async Task InitializeAsync()
    {
        if (ChromiumMissing) return;
        _app.UseKestrel(0);
        _app.StartServer();
        BaseUrl = _app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in as the given demo user.</summary>
    public async Task<IPage> SignInAsync(string userName)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, Locale = "ko-KR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", CustomsWorkbench.Platform.Identity.DemoUsers.Password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Prerendered HTML shows before the circuit connects; clicks only work once the layout says it is live.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 15_000 });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    private sealed class KestrelWorkbenchFactory : WorkbenchFactory;
}

[CollectionDefinition(Name)]
public class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
