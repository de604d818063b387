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
        if (CsvOutputArgument.Resolve(args, Usage, console) is not { } path) return 2;
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
