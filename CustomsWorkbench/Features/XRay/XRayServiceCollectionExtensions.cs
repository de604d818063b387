namespace CustomsWorkbench.Features.XRay;

public static class XRayServiceCollectionExtensions
{
    /// <summary>Services of the XRay feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddXRay(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    /// <summary>HTTP endpoints of the XRay feature.</summary>
    public static IEndpointRouteBuilder MapXRay(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
