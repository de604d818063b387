namespace CustomsWorkbench.Platform.Import;

public static class ImportServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddImports(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
