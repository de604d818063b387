using CustomsWorkbench.Platform.Realtime;

namespace CustomsWorkbench.Platform.Models;

public static class ModelsServiceCollectionExtensions
{
    /// <summary>The model registry and the background job runner that training and re-scoring use.</summary>
    public static IHostApplicationBuilder AddModels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ModelRegistry>();
        builder.Services.AddSingleton<BackgroundJobs>();
        builder.Services.AddRealtimeTopic(BackgroundJobs.Topic, Identity.Policies.Oversight); // training progress, shown on the models page
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BackgroundJobs>());
        return builder;
    }
}
