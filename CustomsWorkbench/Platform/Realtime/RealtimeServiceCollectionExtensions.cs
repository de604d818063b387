using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http.Metadata;
using CustomsWorkbench.Platform.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomsWorkbench.Platform.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>
    /// The notifier, in-process bus and presence tracker. Safe in the CLI too (no SignalR there: messages then only
    /// reach in-process subscribers), so services shared with CLI verbs can depend on <see cref="IRealtimeNotifier"/>.
    /// </summary>
    public static IHostApplicationBuilder AddRealtimeCore(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<RealtimeBus>();
        builder.Services.TryAddSingleton<IRealtimeNotifier, RealtimeNotifier>();
        builder.Services.TryAddSingleton<PresenceTracker>();
        builder.Services.TryAddScoped<PresenceCircuit>();
        builder.Services.TryAddSingleton<RealtimeTopicAccess>();
        return builder;
    }

    /// <summary>Configuration key of the optional Redis backplane, e.g. "redis:6379" (env: Workbench__RedisConnection).</summary>
    public const string RedisConnectionKey = "Workbench:RedisConnection";

    /// <summary>
    /// SignalR plus the core services. With <see cref="RedisConnectionKey"/> set, hub group messages travel through Redis
    /// so several app servers can share clients; by default everything stays in memory.
    /// </summary>
    public static WebApplicationBuilder AddRealtime(this WebApplicationBuilder builder)
    {
        builder.AddRealtimeCore();
        // Presence leaves as soon as a browser's circuit loses its connection; the sweep catches what no handler saw.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, PresenceCircuitHandler>());
        builder.Services.AddHostedService<PresenceExpiry>();
        var signalR = builder.Services.AddSignalR();
        var redis = builder.Configuration[RedisConnectionKey];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("CustomsWorkbench"));
        }
        return builder;
    }

    public static IEndpointRouteBuilder MapRealtime(this IEndpointRouteBuilder app)
    {
        app.MapHub<WorkbenchHub>(WorkbenchHub.Path)
            .RequireAuthorization(Policies.Staff);
        return app;
    }
}
