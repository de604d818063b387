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
        return builder;
    }

    /// <summary>SignalR (scaled out through Redis when Workbench:RedisConnection is set) plus the core services.</summary>
    public static WebApplicationBuilder AddRealtime(this WebApplicationBuilder builder)
    {
        builder.AddRealtimeCore();
        builder.Services.AddSignalR();
        return builder;
    }

    public static IEndpointRouteBuilder MapRealtime(this IEndpointRouteBuilder app)
    {
        // Skip status code pages: a 401 must reach the SignalR client as a 401, not be re-executed as the HTML not-found page.
        app.MapHub<WorkbenchHub>(WorkbenchHub.Path)
            .RequireAuthorization(Policies.Staff)
            .WithMetadata(new SkipStatusCodePages());
        return app;
    }

    private sealed class SkipStatusCodePages : ISkipStatusCodePagesMetadata;
}
