namespace CustomsWorkbench.Features.Assistant;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>Services of the Assistant feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddAssistant(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    /// <summary>HTTP endpoints of the Assistant feature.</summary>
    public static IEndpointRouteBuilder MapAssistant(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
