using System.Net;
using System.Net.Http.Json;
using Bunit;
using CustomsWorkbench.Features.RiskSelection.Access;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using CustomsWorkbench.Tests.Features.RiskSelection.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Access;

/// <summary>
/// Each open of a dossier is recorded once per person within the window; supervisors read the log on the dossier and
/// over HTTP, officers and analysts do not.
/// </summary>
public class DossierAccessLogTests : ComponentTestContext, IClassFixture<RiskDeskFactory>
{
    private readonly RiskDeskFactory _factory;

    public DossierAccessLogTests(RiskDeskFactory factory)
    {
        _factory = factory;
        Services.AddFallbackServiceProvider(factory.Services.CreateScope().ServiceProvider);
        Render<MudPopoverProvider>();
    }

    private DossierAccessLog Log => _factory.Services.GetRequiredService<DossierAccessLog>();

    private async Task<int> NewDeclarationAsync()
    {
        await using var db = _factory.CreateDbContext();
        return (await TriageSeed.AddAsync(db, 1, seed: 17, channel: Channel.Yellow))[0];
    }

    private async Task<int> RowsAsync(int declarationId)
    {
        await using var db = _factory.CreateDbContext();
        return await db.Set<DossierAccess>().CountAsync(a => a.DeclarationId == declarationId);
    }

    [Fact]
    public async Task Repeated_opens_by_one_person_within_the_window_are_recorded_once_and_each_person_is_listed()
    {
        var id = await NewDeclarationAsync();

        Assert.True(await Log.RecordAsync(id, "officer"));
        Assert.False(await Log.RecordAsync(id, "officer"));
        var together = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Log.RecordAsync(id, "officer2")));
        Assert.Single(together, recorded => recorded);

        Assert.Equal(2, await RowsAsync(id));
        var rows = await Log.ReadAsync(id);
        Assert.Equal(["officer2", "officer"], rows.Select(r => r.UserName));
        // People are shown by display name, not user name (the demo users have one).
        Assert.All(rows, r => Assert.NotEqual(r.UserName, r.DisplayName));
    }

    [Fact]
    public async Task Opens_of_unknown_or_anonymous_are_not_recorded_and_reads_are_bounded()
    {
        var id = await NewDeclarationAsync();

        Assert.False(await Log.RecordAsync(id, ""));
        Assert.False(await Log.RecordAsync(0, "officer"));
        Assert.Empty(await Log.ReadAsync(id, take: 10_000));
    }

    // One sign-in per test: the cascading authentication state keeps the first principal for the context's lifetime.
    [Fact]
    public async Task An_officer_opening_the_dossier_is_recorded_but_does_not_see_the_log()
    {
        var id = await NewDeclarationAsync();
        SignInAs("officer", Roles.Officer);

        var cut = Render<RiskDeclaration>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=declaration-number]"), TimeSpan.FromSeconds(10));

        Assert.Empty(cut.FindAll("[data-testid=dossier-access-log]"));
        Assert.Equal(1, await RowsAsync(id));
    }

    [Fact]
    public async Task A_supervisor_opening_the_dossier_sees_every_open_newest_first()
    {
        var id = await NewDeclarationAsync();
        await Log.RecordAsync(id, "officer");
        SignInAs("supervisor", Roles.Supervisor);

        var cut = Render<RiskDeclaration>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=access-row]").Count), TimeSpan.FromSeconds(15));

        Assert.Equal(["supervisor", "officer"], cut.FindAll("[data-testid=access-row]").Select(r => r.GetAttribute("data-user")));
        Assert.Contains("Access log (2)", cut.Markup);
    }

    [Theory]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("officer", HttpStatusCode.Forbidden)]
    [InlineData("analyst", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task The_access_log_api_is_for_supervisors_only(string userName, HttpStatusCode expected)
    {
        var id = await NewDeclarationAsync();
        await Log.RecordAsync(id, "officer");

        using var client = await _factory.CreateClientForAsync(userName);
        var response = await client.GetAsync($"/api/risk/declarations/{id}/access-log");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var rows = await response.Content.ReadFromJsonAsync<List<DossierAccessRow>>();
            Assert.Equal("officer", Assert.Single(rows!).UserName);
        }
    }
}
