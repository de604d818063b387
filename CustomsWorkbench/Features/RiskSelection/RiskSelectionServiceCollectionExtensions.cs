namespace CustomsWorkbench.Features.RiskSelection;

public static class RiskSelectionServiceCollectionExtensions
{
    /// <summary>Services of the RiskSelection feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddRiskSelection(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    /// <summary>HTTP endpoints of the RiskSelection feature.</summary>
    public static IEndpointRouteBuilder MapRiskSelection(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
