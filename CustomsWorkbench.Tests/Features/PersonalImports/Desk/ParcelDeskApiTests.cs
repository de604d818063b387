using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Desk;

/// <summary>The desk's pages and API by role, and its refusals as problem+json.</summary>
[Collection(WorkbenchCollection.Name)]
public class ParcelDeskApiTests(WorkbenchFactory factory)
{
    private async Task<int> NewParcelAsync()
    {
        await using var db = factory.CreateDbContext();
        return await DeskParcels.AddAsync(db);
    }

    [Theory]
    [InlineData("officer", "/parcels/queue", HttpStatusCode.OK)]
    [InlineData("supervisor", "/parcels/queue", HttpStatusCode.OK)]
    [InlineData("analyst", "/parcels/queue", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/parcels/queue", HttpStatusCode.Forbidden)]
    [InlineData("analyst", "/api/parcels/queue", HttpStatusCode.OK)]
    [InlineData("officer", "/api/parcels/queue?flag=split-shipment", HttpStatusCode.OK)]
    public async Task Pages_and_reads_are_open_only_to_their_policy(string userName, string path, HttpStatusCode expected)
    {
        using var client = await factory.CreateClientForAsync(userName);
        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("supervisor")]
    [InlineData("analyst")]
    public async Task The_parcel_page_and_dossier_are_readable_by_staff(string userName)
    {
        var id = await NewParcelAsync();
        using var client = await factory.CreateClientForAsync(userName);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/parcels/{id}")).StatusCode);
        var dossier = await client.GetFromJsonAsync<JsonElement>($"/api/parcels/{id}");
        Assert.Equal(id, dossier.GetProperty("parcel").GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("officer", HttpStatusCode.OK)]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("analyst", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Only_officers_and_supervisors_decide(string userName, HttpStatusCode expected)
    {
        var id = await NewParcelAsync();
        using var client = await factory.CreateClientForAsync(userName);

        var response = await client.PostAsJsonAsync($"/api/parcels/{id}/decisions", new { action = "hold-for-documents", reason = "invoice" });

        Assert.Equal(expected, response.StatusCode);
        await using var db = factory.CreateDbContext();
        var status = (await db.Parcels.AsNoTracking().SingleAsync(p => p.Id == id)).Status;
        Assert.Equal(expected == HttpStatusCode.OK ? ParcelStatus.HeldForDocuments : ParcelStatus.Open, status);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/parcels/1/decisions", new { action = "Clear" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_version_gets_409_problem_naming_who_changed_it_and_an_outcome_follows_an_inspection()
    {
        var id = await NewParcelAsync();
        using var officer = await factory.CreateClientForAsync("officer");
        using var colleague = await factory.CreateClientForAsync("officer2");
        var first = await officer.PostAsJsonAsync($"/api/parcels/{id}/decisions", new { action = "Inspect", version = 0 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Inspecting", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var stale = await colleague.PostAsJsonAsync($"/api/parcels/{id}/decisions", new { action = "Clear", version = 0 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("changed by officer", problem.GetProperty("detail").GetString());
        Assert.Equal("officer", problem.GetProperty("otherUser").GetString());

        var outcome = await colleague.PostAsJsonAsync($"/api/parcels/{id}/outcome", new { outcome = "Irregular", note = "commercial quantity" });
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Equal("Closed", (await outcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Invalid_input_is_a_validation_problem()
    {
        var id = await NewParcelAsync();
        using var client = await factory.CreateClientForAsync("officer");

        var unknown = await client.PostAsJsonAsync($"/api/parcels/{id}/decisions", new { action = "Shred" });
        var noReason = await client.PostAsJsonAsync($"/api/parcels/{id}/decisions", new { action = "ReferForMisuse" });
        var tooLong = await client.PostAsJsonAsync($"/api/parcels/{id}/decisions", new { action = "Clear", reason = new string('x', 2_001) });
        var pending = await client.PostAsJsonAsync($"/api/parcels/{id}/outcome", new { outcome = "Pending" });
        var missing = await client.PostAsJsonAsync("/api/parcels/999999999/decisions", new { action = "Clear" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pending.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await using var db = factory.CreateDbContext();
        Assert.Equal(ParcelStatus.Open, (await db.Parcels.AsNoTracking().SingleAsync(p => p.Id == id)).Status);
    }

    [Fact]
    public async Task Hold_all_is_all_or_nothing_over_the_api()
    {
        var a = await NewParcelAsync();
        var b = await NewParcelAsync();
        using var officer = await factory.CreateClientForAsync("officer");
        using var colleague = await factory.CreateClientForAsync("officer2");
        Assert.Equal(HttpStatusCode.OK, (await colleague.PostAsync($"/api/parcels/{b}/claim", null)).StatusCode);

        var refused = await officer.PostAsJsonAsync("/api/parcels/decisions", new { action = "HoldForDocuments", parcels = new[] { new { id = a }, new { id = b } } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.DeleteAsync($"/api/parcels/{b}/claim")).StatusCode);
        var held = await officer.PostAsJsonAsync("/api/parcels/decisions", new { action = "HoldForDocuments", parcels = new[] { new { id = a }, new { id = b } } });

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        await using var db = factory.CreateDbContext();
        Assert.Equal(2, await db.Parcels.CountAsync(p => (p.Id == a || p.Id == b) && p.Status == ParcelStatus.HeldForDocuments));
    }
}
