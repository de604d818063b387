namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// Pushes changes to whoever has the topic open: SignalR clients in the topic's hub group (JavaScript, scripts)
/// and server-side Blazor components subscribed in process.
/// </summary>
public interface IRealtimeNotifier
{
    /// <summary>Best effort: a failing hub send or subscriber is logged, never thrown back at the feature that published.</summary>
    Task PublishAsync(string topic, string eventName, object payload, CancellationToken ct = default);

    /// <summary>
    /// In-process subscription for Blazor components; dispose to unsubscribe. Handlers run on the publisher's thread,
    /// so a component calls InvokeAsync(StateHasChanged) inside.
    /// </summary>
    IDisposable Subscribe(string topic, Func<RealtimeMessage, Task> handler);
}
