using System.Diagnostics;
using System.Text;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Platform.Import;

/// <summary>`export declarations &lt;file.csv&gt;`: every declaration as CSV (UTF-8 with BOM, so Excel shows Korean correctly).</summary>
public sealed class ExportDeclarationsCliVerb(DeclarationCsvWriter writer) : ICliVerb
{
    public string Name => "export declarations";
    public string Usage => "export declarations <file.csv>   write all declarations as BACUDA CSV plus workbench columns";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        if (args.Count != 1 || !args[0].EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            console.Error.WriteLine("Usage: " + Usage);
            return 2;
        }
        var path = Path.GetFullPath(args[0]);
        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            console.Error.WriteLine($"Folder not found: {folder}");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        int count;
        await using (var file = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536))
        {
            count = await writer.WriteAllAsync(file, ct);
        }
        console.Out.WriteLine($"Exported {count} declarations to {path} in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
