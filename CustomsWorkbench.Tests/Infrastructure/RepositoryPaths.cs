namespace CustomsWorkbench.Tests.Infrastructure;

/// <summary>Folders of the source tree, found from the test binaries (tests that run npm or dotnet publish need them).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string FrontEnd => Path.Combine(Root, "wwwroot-assets");
    public static string AppProject => Path.Combine(Root, "CustomsWorkbench", "CustomsWorkbench.csproj");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CustomsWorkbench.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No CustomsWorkbench.sln above {AppContext.BaseDirectory}: these tests run from the source tree.");
    }
}
