using CustomsWorkbench.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// Live updates for browsers and scripts at <see cref="Path"/>: join topic groups, and announce which record you have
/// open so colleagues see you there. Presence is dropped when the connection goes away. Every topic is authorised by
/// the policy of the records it carries (<see cref="RealtimeTopicAccess"/>); an unknown topic is refused.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class WorkbenchHub(PresenceTracker presence, RealtimeTopicAccess access) : Hub<IWorkbenchClient>
{
    public const string Path = "/hubs/workbench";

    private string ConnectionKey => PresenceTracker.HubConnectionKey(Context.ConnectionId);

    public async Task Subscribe(string topic) => await Groups.AddToGroupAsync(Context.ConnectionId, await AllowedAsync(topic));

    public Task Unsubscribe(string topic) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Checked(topic));

    /// <summary>Joins the record's topic, announces the caller there and returns everyone now on the record.</summary>
    public async Task<IReadOnlyList<string>> EnterRecord(string entityType, string entityId)
    {
        var topic = await AllowedAsync(RealtimeTopics.Record(entityType, entityId));
        await Groups.AddToGroupAsync(Context.ConnectionId, topic);
        await presence.EnterAsync(ConnectionKey, UserName, entityType, entityId);
        return presence.UsersOn(entityType, entityId);
    }

    public async Task LeaveRecord(string entityType, string entityId)
    {
        await presence.LeaveAsync(ConnectionKey, entityType, entityId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Checked(RealtimeTopics.Record(entityType, entityId)));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await presence.LeaveAllAsync(ConnectionKey);
        await base.OnDisconnectedAsync(exception);
    }

    private string UserName => Context.User?.Identity?.Name ?? throw new HubException("Not signed in.");

    private async Task<string> AllowedAsync(string topic)
    {
        Checked(topic);
        return Context.User is { } user && await access.AllowsAsync(user, topic)
            ? topic
            : throw new HubException($"Not allowed to follow '{topic}'.");
    }

    private static string Checked(string topic) =>
        RealtimeTopics.IsValid(topic) ? topic : throw new HubException($"Topics are 1 to {RealtimeTopics.MaxLength} characters.");
}
