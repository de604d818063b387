namespace CustomsWorkbench.Platform.Hosting;

public static class WorkLeasesExtensions
{
    /// <summary>This server's identity and the database leases that make once-only work run on one server at a time.</summary>
    public static IHostApplicationBuilder AddWorkLeases(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<WorkLeaseOptions>(builder.Configuration.GetSection(WorkLeaseOptions.Section));
        builder.Services.AddSingleton<ServerInstance>();
        builder.Services.AddSingleton<WorkLeases>();
        return builder;
    }
}
