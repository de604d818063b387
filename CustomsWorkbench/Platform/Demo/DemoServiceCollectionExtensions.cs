using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo.Reference;

namespace CustomsWorkbench.Platform.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>Reference data (always) and the demo world (when Workbench:SeedDemoData is on) as start-up seeders.</summary>
    public static IHostApplicationBuilder AddDemoWorld(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoShiftOptions>().Bind(builder.Configuration.GetSection(DemoShiftOptions.Section));
        builder.Services.AddSingleton(ReferenceDataFiles.Shipped);
        builder.Services.AddSingleton<DemoWorldGenerator>();
        builder.Services.AddScoped<IDatabaseSeeder, ReferenceDataSeeder>();
        builder.Services.AddScoped<IDatabaseSeeder, DemoWorldSeeder>();
        builder.Services.AddTransient<ICliVerb, DemoStatusVerb>();
        return builder;
    }
}
