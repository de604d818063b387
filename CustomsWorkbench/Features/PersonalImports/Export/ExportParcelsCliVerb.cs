using System.Diagnostics;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Records;

namespace CustomsWorkbench.Features.PersonalImports.Export;

/// <summary>`export parcels &lt;file.csv&gt;`: every parcel with its clearance route, estimated duty and flags.</summary>
public sealed class ExportParcelsCliVerb(ParcelCsvExport export) : ICliVerb
{
    public string Name => "export parcels";
    public string Usage => "export parcels <file.csv>   write all parcels as manifest CSV plus clearance, estimated.duty.krw, risk and flags";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        if (CsvOutputArgument.Resolve(args, Usage, console) is not { } path) return 2;
        var clock = Stopwatch.StartNew();
        int count;
        await using (var file = File.Create(path))
        {
            count = await export.WriteAsync(new ParcelFilter(), file, ct);
        }
        console.Out.WriteLine($"Exported {count} parcels to {path} in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
