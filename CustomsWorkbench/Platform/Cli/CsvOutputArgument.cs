namespace CustomsWorkbench.Platform.Cli;

/// <summary>The one argument of an `export … &lt;file.csv&gt;` verb: a .csv path in an existing folder, or a usage error.</summary>
public static class CsvOutputArgument
{
    /// <summary>The full path, or null after writing the usage or the missing folder to stderr (exit 2).</summary>
    public static string? Resolve(IReadOnlyList<string> args, string usage, CliConsole console)
    {
        if (args.Count != 1 || !args[0].EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            console.Error.WriteLine("Usage: " + usage);
            return null;
        }
        var path = Path.GetFullPath(args[0]);
        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            console.Error.WriteLine($"Folder not found: {folder}");
            return null;
        }
        return path;
    }
}
