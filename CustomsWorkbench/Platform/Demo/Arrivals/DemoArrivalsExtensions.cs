namespace CustomsWorkbench.Platform.Demo.Arrivals;

public static class DemoArrivalsExtensions
{
    /// <summary>The live arrivals feed of the demo world (web host only; it does nothing unless demo seeding is on and the rate is above 0).</summary>
    public static IHostApplicationBuilder AddDemoArrivals(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DemoArrivalsFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoArrivalsFeed>());
        return builder;
    }
}
