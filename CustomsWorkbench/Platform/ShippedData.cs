namespace CustomsWorkbench.Platform;

/// <summary>Locates the repository's data/ folder, copied beside the app's binaries at build time.</summary>
public static class ShippedData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data");
    public static string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);
}
