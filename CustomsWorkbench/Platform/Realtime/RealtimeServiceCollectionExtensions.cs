namespace CustomsWorkbench.Platform.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    public static WebApplicationBuilder AddRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        return builder;
    }

    public static IEndpointRouteBuilder MapRealtime(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
