using System.Net;
using System.Net.Http.Json;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Identity;

/// <summary>
/// Sign-in must not tell which accounts exist: the same answer for an unknown user, a wrong password and a locked
/// account, and the same password-hashing work for each (counted, not timed, so the test cannot flake).
/// </summary>
public class AccountEnumerationTests(AccountEnumerationTests.Factory factory) : IClassFixture<AccountEnumerationTests.Factory>
{
    public sealed class Factory : WorkbenchFactory
    {
        protected override bool SeedDemoData => false;
        public CountingPasswordHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<WorkbenchUser>>(Hasher));
        }
    }

    /// <summary>The real hasher, counting how often a password is checked.</summary>
    public sealed class CountingPasswordHasher : IPasswordHasher<WorkbenchUser>
    {
        private readonly PasswordHasher<WorkbenchUser> _inner = new();
        private int _verifications;
        public int Verifications => Volatile.Read(ref _verifications);
        public string HashPassword(WorkbenchUser user, string password) => _inner.HashPassword(user, password);
        public PasswordVerificationResult VerifyHashedPassword(WorkbenchUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private async Task<string> LockedUserAsync()
    {
        var name = "locked-" + Guid.NewGuid().ToString("N")[..8];
        await factory.EnsureUserAsync(name, Roles.Officer);
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++) await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "not-the-password" });
        return name;
    }

    private async Task<string> UserAsync()
    {
        var name = "real-" + Guid.NewGuid().ToString("N")[..8];
        await factory.EnsureUserAsync(name, Roles.Officer);
        return name;
    }

    [Fact]
    public async Task Token_endpoint_answers_unknown_user_wrong_password_and_locked_account_identically()
    {
        var (real, locked) = (await UserAsync(), await LockedUserAsync());
        using var client = factory.CreateClient();
        var answers = new List<(HttpStatusCode, string?, string?)>();
        foreach (var (name, password) in new[] { ("nobody-" + Guid.NewGuid().ToString("N")[..8], DemoUsers.Password), (real, "not-the-password"), (locked, DemoUsers.Password) })
        {
            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password });
            var problem = await response.Content.ReadFromJsonAsync<ProblemBody>();
            answers.Add((response.StatusCode, response.Content.Headers.ContentType?.MediaType, problem!.Title + " | " + problem.Detail));
        }
        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (answers[0].Item1, answers[0].Item2));
        Assert.All(answers, a => Assert.Equal(answers[0], a));
    }

    [Fact]
    public async Task Sign_in_page_shows_one_message_for_unknown_user_wrong_password_and_locked_account()
    {
        var (real, locked) = (await UserAsync(), await LockedUserAsync());
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var messages = new List<string?>();
        foreach (var (name, password) in new[] { ("nobody-" + Guid.NewGuid().ToString("N")[..8], DemoUsers.Password), (real, "not-the-password"), (locked, DemoUsers.Password) })
        {
            var response = await SignInForm.PostAsync(client, name, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            messages.Add(SignInForm.ErrorOf(await response.Content.ReadAsStringAsync()));
        }
        Assert.NotNull(messages[0]);
        Assert.All(messages, m => Assert.Equal(messages[0], m));
    }

    [Fact]
    public async Task Unknown_and_locked_users_cost_a_password_hash_like_a_wrong_password()
    {
        var (real, locked) = (await UserAsync(), await LockedUserAsync());
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var (name, password) in new[] { ("nobody-" + Guid.NewGuid().ToString("N")[..8], "whatever1"), (locked, DemoUsers.Password), (real, "not-the-password") })
        {
            var before = factory.Hasher.Verifications;
            await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password });
            Assert.True(factory.Hasher.Verifications > before, $"no password hash checked for '{name}' over the token endpoint");
            before = factory.Hasher.Verifications;
            await SignInForm.PostAsync(client, name, password);
            Assert.True(factory.Hasher.Verifications > before, $"no password hash checked for '{name}' on the sign-in page");
        }
    }

    private sealed record ProblemBody(string? Title, string? Detail);
}
