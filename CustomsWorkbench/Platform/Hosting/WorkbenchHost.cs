namespace CustomsWorkbench.Platform.Hosting;

/// <summary>
/// Creates the web host so static assets are found however the app is started. ASP.NET Core's default content root is
/// the working directory; MapStaticAssets still maps every endpoint from the manifest beside the binaries but reads the
/// files from {content root}/wwwroot, so a published app started from another directory (a service manager, a script)
/// answered every asset with an empty 200.
/// </summary>
public static class WorkbenchHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var published = IsPublishedLayout(AppContext.BaseDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = published && !ContentRootGiven(args) ? AppContext.BaseDirectory : null,
        });
        // Build output has no wwwroot: its assets (the project's, MudBlazor's, blazor.web.js) are listed in the build
        // manifest, which ASP.NET Core reads by itself only in Development. A published app has no such manifest.
        if (!published) builder.WebHost.UseStaticWebAssets();
        builder.Services.AddTransient<IStartupFilter, StaticAssetsCheck>();
        return builder;
    }

    /// <summary>dotnet publish puts wwwroot beside the binaries; dotnet build does not.</summary>
    public static bool IsPublishedLayout(string baseDirectory) => Directory.Exists(Path.Combine(baseDirectory, "wwwroot"));

    private static bool ContentRootGiven(string[] args) =>
        new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args).Build()[WebHostDefaults.ContentRootKey] is not null;
}
