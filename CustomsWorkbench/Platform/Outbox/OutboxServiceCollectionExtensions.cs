using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomsWorkbench.Platform.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The dispatcher (used inline by writers and by the background worker), the pruner and the worker. Topics register themselves.</summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddSingleton<OutboxPruner>();
        builder.Services.AddHostedService<OutboxWorker>();
        return builder;
    }
}
