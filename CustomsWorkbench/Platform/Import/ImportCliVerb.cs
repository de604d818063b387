using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Platform.Import;

/// <summary>`import &lt;file&gt;`: 0 when imported (or already imported), 1 with the problems on stderr, 2 for usage errors.</summary>
public sealed class ImportCliVerb(FileImporter imports) : ICliVerb
{
    public string Name => "import";
    public string Usage => "import <file.csv|file.json>   import declarations (BACUDA CSV, workbench JSON), a parcel manifest or a code register (CSV, told by its header)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        if (args.Count != 1)
        {
            console.Error.WriteLine("Usage: " + Usage);
            return 2;
        }
        var path = Path.GetFullPath(args[0]);
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"File not found: {path}");
            return 2;
        }
        var report = await imports.ImportFileAsync(path, Path.GetFileName(path), "cli:" + Environment.UserName, null, ct);
        if (!report.Succeeded)
        {
            ImportReportText.WriteErrors(report, console.Error);
            return 1;
        }
        ImportReportText.WriteSummary(report, console.Out);
        return 0;
    }
}
