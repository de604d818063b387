namespace CustomsWorkbench.Platform.Hosting;

/// <summary>This process's name on the work it holds; unique per start, so a restarted server is a new holder.</summary>
public sealed class ServerInstance
{
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
