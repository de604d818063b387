using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>The desk's actions over HTTP: a release must be confirmed, can be undone in its window, and refusals are problem+json.</summary>
public class TriageApiTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>
{
    private async Task<int> ItemAsync(Channel recommended)
    {
        await using var db = factory.CreateDbContext();
        return (await TriageSeed.AddAsync(db, 1, seed: 31, channel: recommended))[0];
    }

    private async Task<DeclarationTriage> RowAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("admin")]
    public async Task Only_officers_and_supervisors_may_act_403(string userName)
    {
        var id = await ItemAsync(Channel.Green);
        using var client = await factory.CreateClientForAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/risk/declarations/{id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/risk/declarations/{id}/undo", null)).StatusCode);
        Assert.Equal(TriageStatus.Open, (await RowAsync(id)).Status);
    }

    [Fact]
    public async Task A_release_without_confirm_is_refused_422_and_changes_nothing()
    {
        var id = await ItemAsync(Channel.Green);
        using var client = await factory.CreateClientForAsync("officer");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/risk/declarations/{id}/claim", null)).StatusCode);

        var unconfirmed = await client.PostAsJsonAsync($"/api/risk/declarations/{id}/decision", new { channel = "Green" });
        var unknown = await client.PostAsJsonAsync($"/api/risk/declarations/{id}/decision", new { channel = "Purple", confirm = true });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Equal("application/problem+json", unconfirmed.Content.Headers.ContentType?.MediaType);
        Assert.True((await unconfirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("confirm", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(TriageStatus.Claimed, (await RowAsync(id)).Status);
    }

    [Fact]
    public async Task A_confirmed_release_can_be_undone_once_by_its_officer_and_the_second_undo_is_409()
    {
        var id = await ItemAsync(Channel.Green);
        using var officer = await factory.CreateClientForAsync("officer");
        using var colleague = await factory.CreateClientForAsync("officer2");
        await officer.PostAsync($"/api/risk/declarations/{id}/claim", null);

        var released = await officer.PostAsJsonAsync($"/api/risk/declarations/{id}/decision", new { channel = "green", confirm = true });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var body = await released.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("undoableUntilUtc").GetDateTime() > DateTime.UtcNow);
        Assert.Equal(TriageStatus.Closed, (await RowAsync(id)).Status);

        var notTheirs = await colleague.PostAsync($"/api/risk/declarations/{id}/undo", null);
        Assert.Equal(HttpStatusCode.Conflict, notTheirs.StatusCode);
        Assert.Equal("officer", (await notTheirs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("otherUser").GetString());

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/risk/declarations/{id}/undo", null)).StatusCode);
        var again = await officer.PostAsync($"/api/risk/declarations/{id}/undo", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NothingToUndo", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problem").GetString());
        var row = await RowAsync(id);
        Assert.Equal((TriageStatus.Claimed, "officer", (Channel?)null), (row.Status, row.ClaimedBy, row.DecidedChannel));
        await using var db = factory.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "declaration.release-undone" && a.EntityId == id.ToString() && a.Actor == "officer"));
    }

    [Fact]
    public async Task Undo_after_the_window_is_409_and_the_release_stays()
    {
        var id = await ItemAsync(Channel.Green);
        using var officer = await factory.CreateClientForAsync("officer");
        await officer.PostAsync($"/api/risk/declarations/{id}/claim", null);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/risk/declarations/{id}/decision", new { channel = "Green", confirm = true })).StatusCode);

        await OutcomeFinality.WaitUntilFinalAsync(factory, id);
        var late = await officer.PostAsync($"/api/risk/declarations/{id}/undo", null);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("UndoExpired", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problem").GetString());
        Assert.Equal(TriageStatus.Closed, (await RowAsync(id)).Status);
    }

    [Fact]
    public async Task Unknown_declaration_is_404_and_a_colleagues_claim_is_409_naming_them()
    {
        var id = await ItemAsync(Channel.Yellow);
        using var officer = await factory.CreateClientForAsync("officer");
        using var colleague = await factory.CreateClientForAsync("officer2");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync("/api/risk/declarations/999999999/undo", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/risk/declarations/{id}/claim", null)).StatusCode);
        var taken = await colleague.PostAsync($"/api/risk/declarations/{id}/claim", null);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("officer", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("otherUser").GetString());
        // A yellow decision needs no confirmation.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/risk/declarations/{id}/decision", new { channel = "Yellow" })).StatusCode);
    }
}
