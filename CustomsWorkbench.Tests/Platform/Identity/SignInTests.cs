using System.Net;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Identity;

/// <summary>The real sign-in form over HTTP: antiforgery, wrong password, lock-out, culture cookie.</summary>
[Collection(WorkbenchCollection.Name)]
public class SignInTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Correct_password_signs_in_sets_the_users_culture_and_returns_to_the_page_asked_for()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await PostLoginAsync(client, "analyst", DemoUsers.Password, "/importers");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/importers", PathOf(response));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application="));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=c%3Dko-KR"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/importers")).StatusCode);
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await PostLoginAsync(client, "officer", DemoUsers.Password, "//evil.example/phish");
        Assert.Equal("/", PathOf(response));
    }

    [Fact]
    public async Task Wrong_password_shows_a_clear_message_and_five_failures_lock_the_account()
    {
        var userName = "locktest-" + Guid.NewGuid().ToString("N")[..8];
        var admin = factory.Services.GetRequiredService<UserAdministration>();
        Assert.True((await admin.CreateAsync(new NewUser(userName, "Lock Test", DemoUsers.Password, Roles.Officer), "admin")).Succeeded);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var first = await PostLoginAsync(client, userName, "not-the-password");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await first.Content.ReadAsStringAsync());
        for (var i = 0; i < 4; i++) await PostLoginAsync(client, userName, "not-the-password");

        var locked = await PostLoginAsync(client, userName, DemoUsers.Password);
        var html = WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Matches("잠겼습니다|locked", html);
        var summary = (await admin.ListAsync()).Single(u => u.UserName == userName);
        Assert.True(summary.LockedOut);
    }

    [Fact]
    public async Task Culture_switch_persists_on_the_user()
    {
        using var client = await factory.CreateClientForAsync("officer2");
        var response = await client.GetAsync("/account/culture?culture=en-US&returnUrl=/declarations");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/declarations", response.Headers.Location!.OriginalString);
        var user = (await factory.Services.GetRequiredService<UserAdministration>().ListAsync()).Single(u => u.UserName == "officer2");
        Assert.Equal("en-US", user.PreferredCulture);
        await client.GetAsync("/account/culture?culture=ko-KR&returnUrl=/");
    }

    private static string PathOf(HttpResponseMessage response) => new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;

    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string returnUrl = "/") =>
        SignInForm.PostAsync(client, userName, password, returnUrl);
}
