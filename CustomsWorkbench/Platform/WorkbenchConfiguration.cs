using Microsoft.Extensions.Configuration.Json;

namespace CustomsWorkbench.Platform;

public static class WorkbenchConfiguration
{
    /// <summary>
    /// The repo-root appsettings.json is the base layer: found beside the project (dotnet run) or the binaries (published),
    /// inserted first so environment variables and the command line still override it.
    /// </summary>
    public static void AddRepositorySettings(IConfigurationBuilder configuration, string contentRoot)
    {
        var candidates = new[]
        {
            Path.Combine(contentRoot, "..", "appsettings.json"),
            Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
        };
        var file = candidates.Select(Path.GetFullPath).FirstOrDefault(File.Exists);
        if (file is null) return;
        var source = new JsonConfigurationSource { Path = Path.GetFileName(file), Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetDirectoryName(file)!);
        configuration.Sources.Insert(0, source);
    }
}
