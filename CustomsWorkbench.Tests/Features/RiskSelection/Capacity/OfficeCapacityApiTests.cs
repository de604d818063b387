using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection.Capacity;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Capacity;

/// <summary>Supervisors set each office's daily capacity over the API and the page; nobody else may; every change is audited.</summary>
[Collection(WorkbenchCollection.Name)]
public class OfficeCapacityApiTests(WorkbenchFactory factory)
{
    private async Task<int> OfficeAsync(string code)
    {
        await using var db = factory.CreateDbContext();
        return await db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }

    private async Task<Guid?> VersionAsync(int officeId)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<OfficeCapacity>().Where(c => c.OfficeId == officeId).Select(c => (Guid?)c.Version).SingleOrDefaultAsync();
    }

    [Theory]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("officer", HttpStatusCode.Forbidden)]
    [InlineData("analyst", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Only_supervisors_open_the_capacity_page(string userName, HttpStatusCode expected)
    {
        using var client = await factory.CreateClientForAsync(userName);
        Assert.Equal(expected, (await client.GetAsync("/risk/capacity")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/api/risk/capacity")).StatusCode);
    }

    [Fact]
    public async Task Supervisor_sets_a_capacity_200_and_it_is_stored_audited_and_listed()
    {
        var office = await OfficeAsync("020");
        using var client = await factory.CreateClientForAsync("supervisor");

        var response = await client.PutAsJsonAsync($"/api/risk/capacity/{office}", new { red = 7, yellow = 11, version = await VersionAsync(office) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = factory.CreateDbContext();
        var stored = await db.Set<OfficeCapacity>().AsNoTracking().SingleAsync(c => c.OfficeId == office);
        Assert.Equal((7, 11, "supervisor"), (stored.RedPerDay, stored.YellowPerDay, stored.UpdatedBy));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "risk.capacity-set" && a.EntityType == OfficeCapacityService.EntityType
            && a.EntityId == office.ToString() && a.Actor == "supervisor"));
        var listed = await client.GetFromJsonAsync<List<JsonElement>>("/api/risk/capacity");
        var row = listed!.Single(o => o.GetProperty("officeId").GetInt32() == office);
        Assert.True(row.GetProperty("isSet").GetBoolean());
        Assert.Equal(7, row.GetProperty("redPerDay").GetInt32());
    }

    [Fact]
    public async Task Officer_may_not_set_a_capacity_403_and_nothing_changes()
    {
        var office = await OfficeAsync("010");
        using var client = await factory.CreateClientForAsync("officer");

        var response = await client.PutAsJsonAsync($"/api/risk/capacity/{office}", new { red = 1, yellow = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await VersionAsync(office));
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(5, OfficeCapacity.MaxPerDay + 1)]
    public async Task Capacities_out_of_range_are_refused_422(int red, int yellow)
    {
        var office = await OfficeAsync("040");
        using var client = await factory.CreateClientForAsync("supervisor");

        var response = await client.PutAsJsonAsync($"/api/risk/capacity/{office}", new { red, yellow });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Null(await VersionAsync(office));
    }

    [Fact]
    public async Task Unknown_office_is_404()
    {
        using var client = await factory.CreateClientForAsync("supervisor");
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/risk/capacity/999999", new { red = 1, yellow = 1 })).StatusCode);
    }

    [Fact]
    public async Task Of_two_supervisors_editing_the_same_version_one_wins_and_the_other_gets_409()
    {
        var office = await OfficeAsync("050");
        var service = factory.Services.GetRequiredService<OfficeCapacityService>();
        var first = await service.SetAsync(office, 3, 4, null, "supervisor");
        Assert.True(first.Succeeded);

        // Both read first.Version; both save different values at once.
        var results = await Task.WhenAll(
            service.SetAsync(office, 5, 4, first.Version, "supervisor"),
            service.SetAsync(office, 6, 4, first.Version, "supervisor2"));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Problem == CapacityProblem.ChangedByOther);
        using var client = await factory.CreateClientForAsync("supervisor");
        var stale = await client.PutAsJsonAsync($"/api/risk/capacity/{office}", new { red = 9, yellow = 9, version = first.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Saving_the_same_capacity_again_changes_nothing()
    {
        var office = await OfficeAsync("060");
        var service = factory.Services.GetRequiredService<OfficeCapacityService>();
        var first = await service.SetAsync(office, 2, 2, null, "supervisor");
        var again = await service.SetAsync(office, 2, 2, null, "supervisor");

        Assert.True(again.Succeeded);
        Assert.Equal(first.Version, again.Version);
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "risk.capacity-set" && a.EntityId == office.ToString()));
    }
}
