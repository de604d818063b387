using CustomsWorkbench.Platform.Realtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;

namespace CustomsWorkbench.Tests.Platform.Realtime;

public class RealtimeRegistrationTests
{
    private static Type? LifetimeManagerFor(string? redisConnection)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[RealtimeServiceCollectionExtensions.RedisConnectionKey] = redisConnection;
        builder.AddRealtime();
        return builder.Services.Last(d => d.ServiceType == typeof(HubLifetimeManager<>)).ImplementationType;
    }

    [Fact]
    public void In_memory_by_default() => Assert.Equal(typeof(DefaultHubLifetimeManager<>), LifetimeManagerFor(null));

    [Fact]
    public void Redis_backplane_when_a_connection_is_configured() =>
        Assert.Equal(typeof(RedisHubLifetimeManager<>), LifetimeManagerFor("localhost:6379"));
}
