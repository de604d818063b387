using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Cli;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomsWorkbench.Platform.Models;

public static class ModelsServiceCollectionExtensions
{
    /// <summary>The model registry, the catalogue over every model kind, the background job runner and the `models` verbs.</summary>
    public static IHostApplicationBuilder AddModels(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ModelsOptions>(builder.Configuration.GetSection(ModelsOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ModelRegistry>();
        builder.Services.AddSingleton<Monitoring.ModelHealthService>();
        builder.Services.AddSingleton<ModelCatalogue>();
        builder.Services.Configure<BackgroundJobsOptions>(builder.Configuration.GetSection(BackgroundJobsOptions.Section));
        builder.Services.AddSingleton<BackgroundJobStore>();
        builder.Services.AddSingleton<BackgroundJobs>();
        builder.Services.AddRealtimeTopic(BackgroundJobs.Topic, Identity.Policies.Oversight); // training progress, shown on the models page
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BackgroundJobs>());
        builder.Services.AddSingleton<RetrainingScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RetrainingScheduler>());
        builder.Services.AddSingleton<FirstVersions>();
        builder.Services.AddHostedService<FirstVersionsWarmUp>();
        builder.Services.AddTransient<ICliVerb, ModelsListVerb>();
        builder.Services.AddTransient<ICliVerb, ModelsPromoteVerb>();
        builder.Services.AddTransient<ICliVerb, ModelsRollbackVerb>();
        builder.Services.AddTransient<ICliVerb, ModelsTrainVerb>();
        return builder;
    }

    /// <summary>Registers a feature's model kind with the catalogue (one singleton per kind).</summary>
    public static IServiceCollection AddModelKind<TKind>(this IServiceCollection services) where TKind : class, IModelKind
    {
        services.AddSingleton<TKind>();
        services.AddSingleton<IModelKind>(sp => sp.GetRequiredService<TKind>());
        return services;
    }
}
