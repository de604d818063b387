using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Realtime;

/// <summary>Hub topics are authorised by the policy of the records they carry, over real hub connections per role.</summary>
[Collection(WorkbenchCollection.Name)]
public class RealtimeTopicScopeTests(WorkbenchFactory factory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static string CaseTopic(string id) => RealtimeTopics.Record(InvestigationCaseService.EntityType, id);

    [Fact]
    public async Task An_officer_cannot_follow_an_analysts_case_while_the_analyst_receives_its_events()
    {
        var caseId = "9" + Random.Shared.Next(100_000, 999_999);
        var sentinel = RealtimeTopics.Record("Declaration", "sentinel-" + Guid.NewGuid().ToString("N"));
        await using var analyst = await HubTestClients.ConnectAsync(factory, "analyst");
        await using var officer = await HubTestClients.ConnectAsync(factory, "officer");
        var toAnalyst = new TaskCompletionSource<RealtimeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var officerGot = new List<string>();
        var officerSentinel = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        analyst.On<RealtimeMessage>(nameof(IWorkbenchClient.Receive), m => { if (m.Topic == CaseTopic(caseId)) toAnalyst.TrySetResult(m); });
        officer.On<RealtimeMessage>(nameof(IWorkbenchClient.Receive), m =>
        {
            lock (officerGot) officerGot.Add(m.Topic);
            if (m.Topic == sentinel) officerSentinel.TrySetResult();
        });

        await analyst.InvokeAsync(nameof(WorkbenchHub.Subscribe), CaseTopic(caseId));
        var refused = await Assert.ThrowsAsync<HubException>(() => officer.InvokeAsync(nameof(WorkbenchHub.Subscribe), CaseTopic(caseId)));
        Assert.Contains("Not allowed", refused.Message);
        await officer.InvokeAsync(nameof(WorkbenchHub.Subscribe), sentinel);

        var notifier = factory.Services.GetRequiredService<IRealtimeNotifier>();
        await notifier.PublishAsync(CaseTopic(caseId), InvestigationCaseService.SavedEvent, new { caseId });
        await notifier.PublishAsync(sentinel, "ping", new { });

        Assert.Equal(InvestigationCaseService.SavedEvent, (await toAnalyst.Task.WaitAsync(Patience)).EventName);
        await officerSentinel.Task.WaitAsync(Patience);
        lock (officerGot) Assert.DoesNotContain(CaseTopic(caseId), officerGot);
    }

    [Fact]
    public async Task An_officer_cannot_place_presence_on_a_case()
    {
        var caseId = "8" + Random.Shared.Next(100_000, 999_999);
        await using var officer = await HubTestClients.ConnectAsync(factory, "officer");
        await Assert.ThrowsAsync<HubException>(() =>
            officer.InvokeAsync<List<string>>(nameof(WorkbenchHub.EnterRecord), InvestigationCaseService.EntityType, caseId));
        Assert.Empty(factory.Services.GetRequiredService<PresenceTracker>().UsersOn(InvestigationCaseService.EntityType, caseId));

        await using var analyst = await HubTestClients.ConnectAsync(factory, "analyst");
        Assert.Equal(["analyst"], await analyst.InvokeAsync<List<string>>(nameof(WorkbenchHub.EnterRecord), InvestigationCaseService.EntityType, caseId));
    }

    public static TheoryData<string, string, bool> Access => new()
    {
        { "officer", RealtimeTopics.Declarations, true },
        { "analyst", RealtimeTopics.Record("Declaration", "1"), true },
        { "officer", RiskEvents.QueueTopic, true },
        { "analyst", RiskEvents.QueueTopic, false },
        { "admin", CaseTopic("1"), false },
        { "supervisor", CaseTopic("1"), true },
        { "officer", BackgroundJobs.Topic, false },
        { "supervisor", BackgroundJobs.Topic, true },
        { "officer", RealtimeTopics.Record("AuditTrail", "explorer"), false },
        { "admin", RealtimeTopics.Record("AuditTrail", "explorer"), true },
        { "admin", "no-such-topic", false },
        { "officer", CustomsWorkbench.Features.XRay.Review.XRayEvents.EscalationTopic, false },
        { "analyst", CustomsWorkbench.Features.XRay.Review.XRayEvents.EscalationTopic, false },
        { "supervisor", CustomsWorkbench.Features.XRay.Review.XRayEvents.EscalationTopic, true },
        { "supervisor", "record:Unknown:1", false },
    };

    [Theory]
    [MemberData(nameof(Access))]
    public async Task Each_topic_needs_the_policy_of_its_records_and_unknown_topics_are_refused(string user, string topic, bool allowed)
    {
        await using var connection = await HubTestClients.ConnectAsync(factory, user);
        var subscribe = connection.InvokeAsync(nameof(WorkbenchHub.Subscribe), topic);
        if (allowed) await subscribe;
        else await Assert.ThrowsAsync<HubException>(() => subscribe);
    }
}
