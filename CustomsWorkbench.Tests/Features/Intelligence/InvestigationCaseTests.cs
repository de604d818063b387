using System.Net;
using System.Net.Http.Json;
using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

[Collection(WorkbenchCollection.Name)]
public class InvestigationCaseTests(WorkbenchFactory factory)
{
    private InvestigationCaseService Cases => factory.Services.GetRequiredService<InvestigationCaseService>();

    private static CaseContent Content(string title, bool shared = false, string notes = "") =>
        new(title, notes, """{"nodes":[{"id":1,"x":10,"y":20,"pinned":true}]}""", "[]", shared);

    [Fact]
    public async Task A_private_case_is_seen_by_its_owner_only_until_shared()
    {
        var created = await Cases.CreateAsync("analyst", Content("private lead"));
        Assert.NotNull(await Cases.GetAsync(created.Id, "analyst"));
        Assert.Null(await Cases.GetAsync(created.Id, "supervisor"));
        Assert.DoesNotContain(await Cases.ListAsync("supervisor"), c => c.Id == created.Id);

        var (outcome, shared) = await Cases.SaveAsync(created.Id, "analyst", created.Version, Content("private lead", shared: true));
        Assert.Equal(CaseSaveOutcome.Saved, outcome);
        Assert.Contains(await Cases.ListAsync("supervisor"), c => c.Id == created.Id);
        Assert.Equal(shared!.Content.GraphState, (await Cases.GetAsync(created.Id, "supervisor"))!.Content.GraphState);
    }

    [Fact]
    public async Task A_second_analyst_hears_a_save_live_and_a_stale_save_is_refused()
    {
        var created = await Cases.CreateAsync("analyst", Content("shared network", shared: true));
        var heard = new TaskCompletionSource<CaseSaved>();
        using var subscription = factory.Services.GetRequiredService<IRealtimeNotifier>().Subscribe(InvestigationCaseService.Topic(created.Id), m =>
        {
            if (m.EventName == InvestigationCaseService.SavedEvent && m.Payload is CaseSaved saved) heard.TrySetResult(saved);
            return Task.CompletedTask;
        });

        var (outcome, bySupervisor) = await Cases.SaveAsync(created.Id, "supervisor", created.Version, Content("shared network", true, "phone 032 links both"));
        Assert.Equal(CaseSaveOutcome.Saved, outcome);
        var message = await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(("supervisor", bySupervisor!.Version), (message.UpdatedBy, message.Version));

        var (stale, current) = await Cases.SaveAsync(created.Id, "analyst", created.Version, Content("overwrite"));
        Assert.Equal(CaseSaveOutcome.Conflict, stale);
        Assert.Equal("phone 032 links both", current!.Content.Notes);
    }

    [Fact]
    public async Task Cases_api_creates_reads_and_refuses_stale_updates()
    {
        using var client = await factory.CreateClientForAsync("analyst");
        var response = await client.PostAsJsonAsync("/api/intel/cases", Content("api case"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<CaseDocument>();
        var update = await client.PutAsJsonAsync($"/api/intel/cases/{created!.Id}", new { version = created.Version, content = Content("api case v2") });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/intel/cases/{created.Id}", new { version = created.Version, content = Content("api case v3") });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var other = await factory.CreateClientForAsync("supervisor");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/intel/cases/{created.Id}")).StatusCode);
    }
}
