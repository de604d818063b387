using System.Net;
using System.Net.Http.Json;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using CustomsWorkbench.Tests.Platform.Identity;
using Microsoft.AspNetCore.Hosting;

namespace CustomsWorkbench.Tests.Platform.Hosting;

/// <summary>An app with low limits of its own, so the suite's shared host is never throttled.</summary>
public class LimitedWorkbenchFactory(int signIns, int exports) : WorkbenchFactory
{
    protected override bool SeedDemoData => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:RateLimits:SignInsPerMinute", signIns.ToString());
        builder.UseSetting("Workbench:RateLimits:ExportsPerMinute", exports.ToString());
    }

    public static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync());
    }
}

public sealed class SignInLimitFactory() : LimitedWorkbenchFactory(signIns: 3, exports: 100);

public sealed class ExportLimitFactory() : LimitedWorkbenchFactory(signIns: 100, exports: 2);

public class SignInRateLimitTests(SignInLimitFactory factory) : IClassFixture<SignInLimitFactory>
{
    [Fact]
    public async Task Sign_in_form_and_token_requests_share_one_budget_per_address_and_then_get_429()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        // Three form posts (each after a GET of the form, which is not counted) use up the budget of three...
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await SignInForm.PostAsync(client, "nobody", "wrong-password")).StatusCode);

        // ...so the next attempt through either door is refused, even with a right password.
        await LimitedWorkbenchFactory.AssertTooManyAsync(await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = DemoUsers.Password }));
        await LimitedWorkbenchFactory.AssertTooManyAsync(await SignInForm.PostAsync(client, "nobody", "wrong-password"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);

        // A browser posting the form is shown a page in both languages, not a JSON document; still 429.
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var page = await SignInForm.PostAsync(client, "nobody", "wrong-password");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("로그인 시도가 너무 많습니다", html);
        Assert.Contains("Too many sign-in attempts", html);
    }
}

public class ExportRateLimitTests(ExportLimitFactory factory) : IClassFixture<ExportLimitFactory>
{
    [Fact]
    public async Task Exports_are_limited_per_user()
    {
        await factory.EnsureUserAsync("exporter-a", Roles.Supervisor);
        await factory.EnsureUserAsync("exporter-b", Roles.Officer);
        using var first = await factory.CreateClientForAsync("exporter-a");
        using var second = await factory.CreateClientForAsync("exporter-b");

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/export/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/export/audit")).StatusCode);
        await LimitedWorkbenchFactory.AssertTooManyAsync(await first.GetAsync("/api/export/importers"));

        // Another user has a budget of their own.
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/export/declarations")).StatusCode);
    }
}
