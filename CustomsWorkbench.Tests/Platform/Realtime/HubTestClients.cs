using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CustomsWorkbench.Tests.Platform.Realtime;

/// <summary>Real SignalR clients of the app on the test server, signed in with a bearer token.</summary>
public static class HubTestClients
{
    public static async Task<string> TokenForAsync(WorkbenchFactory factory, string userName)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoUsers.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static HubConnection Connection(WorkbenchFactory factory, string? token) => new HubConnectionBuilder()
        .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/workbench"), o =>
        {
            o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
            if (token is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(token);
        })
        .Build();

    public static async Task<HubConnection> ConnectAsync(WorkbenchFactory factory, string userName)
    {
        var connection = Connection(factory, await TokenForAsync(factory, userName));
        await connection.StartAsync();
        return connection;
    }
}
