using System.Net;
using System.Text.Json;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Realtime;

/// <summary>A real SignalR client against the real app on the test server.</summary>
[Collection(WorkbenchCollection.Name)]
public class RealtimeHubTests(WorkbenchFactory factory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private IRealtimeNotifier Notifier => factory.Services.GetRequiredService<IRealtimeNotifier>();

    private Task<string> TokenForAsync(string userName) => HubTestClients.TokenForAsync(factory, userName);

    private HubConnection Connection(string? token) => HubTestClients.Connection(factory, token);

    private Task<HubConnection> ConnectAsync(string userName) => HubTestClients.ConnectAsync(factory, userName);

    [Fact]
    public async Task Anonymous_connection_is_rejected()
    {
        await using var connection = Connection(token: null);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Token_in_the_access_token_query_is_accepted_on_hub_paths()
    {
        var token = await TokenForAsync("analyst");
        using var client = factory.CreateClient();
        var withToken = await client.PostAsync($"/hubs/workbench/negotiate?negotiateVersion=1&access_token={token}", null);
        var without = await client.PostAsync("/hubs/workbench/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
    }

    [Fact]
    public async Task Published_message_reaches_subscribed_clients_only()
    {
        var topic = RealtimeTopics.Record("Declaration", Guid.NewGuid().ToString("N"));
        var sentinel = RealtimeTopics.Record("Declaration", "sentinel-" + Guid.NewGuid().ToString("N"));
        await using var subscriber = await ConnectAsync("officer");
        await using var bystander = await ConnectAsync("officer2");
        var toSubscriber = new TaskCompletionSource<RealtimeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bystanderGot = new List<RealtimeMessage>();
        var bystanderSentinel = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.On<RealtimeMessage>(nameof(IWorkbenchClient.Receive), m => toSubscriber.TrySetResult(m));
        bystander.On<RealtimeMessage>(nameof(IWorkbenchClient.Receive), m =>
        {
            lock (bystanderGot) bystanderGot.Add(m);
            if (m.Topic == sentinel) bystanderSentinel.TrySetResult();
        });
        await subscriber.InvokeAsync(nameof(WorkbenchHub.Subscribe), topic);
        await bystander.InvokeAsync(nameof(WorkbenchHub.Subscribe), sentinel);

        await Notifier.PublishAsync(topic, "declaration.arrived", new { declarationId = 42 });
        await Notifier.PublishAsync(sentinel, "ping", new { });

        var message = await toSubscriber.Task.WaitAsync(Patience);
        Assert.Equal((topic, "declaration.arrived"), (message.Topic, message.EventName));
        Assert.Equal(42, ((JsonElement)message.Payload!).GetProperty("declarationId").GetInt32());
        // Messages to one connection arrive in order, so once the later sentinel is in, the earlier one never will be.
        await bystanderSentinel.Task.WaitAsync(Patience);
        lock (bystanderGot) Assert.DoesNotContain(bystanderGot, m => m.Topic == topic);
    }

    [Fact]
    public async Task Unsubscribed_client_stops_receiving()
    {
        var topic = RealtimeTopics.Record("Declaration", Guid.NewGuid().ToString("N"));
        var sentinel = RealtimeTopics.Record("Declaration", "s-" + Guid.NewGuid().ToString("N"));
        await using var connection = await ConnectAsync("officer");
        var topics = new List<string>();
        var sentinelSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<RealtimeMessage>(nameof(IWorkbenchClient.Receive), m =>
        {
            lock (topics) topics.Add(m.Topic);
            if (m.Topic == sentinel) sentinelSeen.TrySetResult();
        });
        await connection.InvokeAsync(nameof(WorkbenchHub.Subscribe), topic);
        await connection.InvokeAsync(nameof(WorkbenchHub.Subscribe), sentinel);
        await connection.InvokeAsync(nameof(WorkbenchHub.Unsubscribe), topic);

        await Notifier.PublishAsync(topic, "e", 1);
        await Notifier.PublishAsync(sentinel, "e", 2);

        await sentinelSeen.Task.WaitAsync(Patience);
        lock (topics) Assert.Equal([sentinel], topics);
    }

    [Fact]
    public async Task Presence_of_one_user_is_seen_by_another_and_cleared_on_disconnect()
    {
        var recordId = Guid.NewGuid().ToString("N");
        await using var watcher = await ConnectAsync("officer2");
        var seen = new List<string[]>();
        var changed = new SemaphoreSlim(0);
        watcher.On<RealtimeMessage>(nameof(IWorkbenchClient.Receive), m =>
        {
            if (m.EventName != RealtimeEvents.Presence) return;
            var users = ((JsonElement)m.Payload!).GetProperty("users").EnumerateArray().Select(u => u.GetString()!).ToArray();
            lock (seen) seen.Add(users);
            changed.Release();
        });
        var present = await watcher.InvokeAsync<List<string>>(nameof(WorkbenchHub.EnterRecord), "Declaration", recordId);
        Assert.Equal(["officer2"], present);
        Assert.True(await changed.WaitAsync(Patience));

        var visitor = await ConnectAsync("officer");
        await visitor.InvokeAsync<List<string>>(nameof(WorkbenchHub.EnterRecord), "Declaration", recordId);
        Assert.True(await changed.WaitAsync(Patience));
        lock (seen) Assert.Equal(["officer", "officer2"], seen[^1]);

        await visitor.DisposeAsync();
        Assert.True(await changed.WaitAsync(Patience));
        lock (seen) Assert.Equal(["officer2"], seen[^1]);
        Assert.Equal(["officer2"], factory.Services.GetRequiredService<PresenceTracker>().UsersOn("Declaration", recordId));
    }

    [Fact]
    public async Task Presence_from_a_hub_client_reaches_in_process_subscribers()
    {
        var recordId = Guid.NewGuid().ToString("N");
        var received = new TaskCompletionSource<PresenceChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Notifier.Subscribe(RealtimeTopics.Record("Declaration", recordId), m =>
        {
            if (m.Payload is PresenceChanged p) received.TrySetResult(p);
            return Task.CompletedTask;
        });
        await using var connection = await ConnectAsync("supervisor");
        await connection.InvokeAsync<List<string>>(nameof(WorkbenchHub.EnterRecord), "Declaration", recordId);
        Assert.Equal(["supervisor"], (await received.Task.WaitAsync(Patience)).Users);
    }
}
