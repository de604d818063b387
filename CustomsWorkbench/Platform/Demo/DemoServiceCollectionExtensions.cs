namespace CustomsWorkbench.Platform.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddDemoWorld(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
