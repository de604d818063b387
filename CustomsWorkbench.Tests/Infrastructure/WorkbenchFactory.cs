using System.Net.Http.Json;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file in a fresh temporary data folder, with a small demo world.
/// Shared per test collection (see <see cref="WorkbenchCollection"/>): the world is generated once.
/// </summary>
public class WorkbenchFactory : WebApplicationFactory<Program>
{
    /// <summary>Set it to another factory's folder (kept with <see cref="KeepDataFolder"/>) to restart on the same database.</summary>
    public string DataFolder { get; init; } = Path.Combine(Path.GetTempPath(), "cw-tests", Guid.NewGuid().ToString("N"));
    public bool KeepDataFolder { get; init; }
    protected virtual bool SeedDemoData => true;
    protected virtual int DemoDeclarationCount => 1500;
    protected virtual double ArrivalsPerMinute => 0;
    protected virtual int DemoOpenDays => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Package assets (MudBlazor, blazor.web.js) are served from the build manifest outside Development too.
        builder.UseStaticWebAssets();
        builder.UseSetting("Workbench:DataFolder", DataFolder);
        builder.UseSetting("Workbench:SeedDemoData", SeedDemoData.ToString());
        builder.UseSetting("Workbench:DemoDeclarationCount", DemoDeclarationCount.ToString());
        builder.UseSetting("Workbench:DemoMonths", "6");
        // No live arrivals unless a test turns them on (ShiftWorldFactory), and the shared world's history stays open
        // work, as the suite's desk tests expect; the processed history is measured on ShiftWorldFactory's own world.
        builder.UseSetting("Workbench:Demo:ArrivalsPerMinute", ArrivalsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Workbench:Demo:OpenDays", DemoOpenDays.ToString());
        // Every app host trains an X-ray detector in the background for its demo scans; the shipped 300-scan training
        // would keep both cores busy under the whole suite. Detector quality is measured by `evaluate xray`, not here.
        builder.UseSetting("XRay:TrainingScans", "120");
        // Likewise the HS classifier's first version: tests that need it train it on first use.
        builder.UseSetting("Workbench:Models:TrainFirstVersionsOnStart", "false");
        // The suite signs in and exports far more often from one host than people do; RateLimitTests prove the limits
        // with low settings of their own.
        builder.UseSetting("Workbench:RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("Workbench:RateLimits:ExportsPerMinute", "100000");
    }

    /// <summary>An HTTP client carrying a bearer token for the given demo user.</summary>
    public async Task<HttpClient> CreateClientForAsync(string userName, string password = CustomsWorkbench.Platform.Identity.DemoUsers.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>Creates a user with a role (idempotent) so tests can sign in without the demo world.</summary>
    public async Task EnsureUserAsync(string userName, string role)
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WorkbenchUser>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        var user = new WorkbenchUser { UserName = userName, DisplayName = userName };
        var created = await users.CreateAsync(user, DemoUsers.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    public WorkbenchDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeepDataFolder) return;
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed record TokenResponse(string AccessToken);
}

[CollectionDefinition(Name)]
public class WorkbenchCollection : ICollectionFixture<WorkbenchFactory>
{
    public const string Name = "workbench";
}
