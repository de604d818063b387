namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// What the hub calls on connected clients. JavaScript: <c>connection.on("Receive", m => ...)</c> where m is
/// {topic, eventName, payload, sentUtc}.
/// </summary>
public interface IWorkbenchClient
{
    Task Receive(RealtimeMessage message);
}
