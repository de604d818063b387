namespace CustomsWorkbench.Platform.Records;

public static class RecordsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddRecords(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkbenchOverview>();
        return builder;
    }

    public static IEndpointRouteBuilder MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
