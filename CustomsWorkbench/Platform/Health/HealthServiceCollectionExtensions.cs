using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CustomsWorkbench.Platform.Health;

/// <summary>
/// Liveness (the process answers) and readiness (database reachable, active models' files present) for load balancers
/// and orchestrators. Anonymous: a probe has no account, and the answer is a status word, nothing about the data.
/// </summary>
public static class HealthServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddWorkbenchHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<ModelFilesHealthCheck>("models", tags: [ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapWorkbenchHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
