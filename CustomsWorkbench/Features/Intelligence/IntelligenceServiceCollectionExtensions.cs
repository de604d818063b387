namespace CustomsWorkbench.Features.Intelligence;

public static class IntelligenceServiceCollectionExtensions
{
    /// <summary>Services of the Intelligence feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddIntelligence(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    /// <summary>HTTP endpoints of the Intelligence feature.</summary>
    public static IEndpointRouteBuilder MapIntelligence(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
