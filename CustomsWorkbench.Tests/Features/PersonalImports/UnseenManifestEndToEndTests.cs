using System.Text;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>The real app on an empty database with the real flag rules (no test flagger).</summary>
public class RealFlagsTestFactory : WorkbenchFactory
{
    protected override bool SeedDemoData => false;
}

/// <summary>
/// The "done means": on an empty database, a manifest the workbench has never seen (the shipped sample, a planted
/// scenario whose seed was used neither for choosing thresholds nor for the held-out report) is imported through the
/// import door and exported with `export parcels`; the exported flags find misused codes, split shipments and resale
/// at precision and recall of at least 0.8 against the sample's truth file.
/// </summary>
public class UnseenManifestEndToEndTests(RealFlagsTestFactory factory) : IClassFixture<RealFlagsTestFactory>
{
    [Theory]
    [InlineData(ParcelFlagCodes.PcccMisuse)]
    [InlineData(ParcelFlagCodes.SplitShipment)]
    [InlineData(ParcelFlagCodes.Resale)]
    public async Task Importing_and_exporting_an_unseen_manifest_flags_it_at_precision_and_recall_of_at_least_0_8(string flag)
    {
        var exported = await ImportAndExportOnceAsync();
        var truth = File.ReadLines(ShippedData.PathOf("samples", "parcel-manifest-sample-truth.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(c => c[1] == flag).Select(c => c[0]).ToHashSet();
        var raised = exported.Where(p => p.Value.Contains(flag)).Select(p => p.Key).ToHashSet();

        var truePositives = raised.Count(truth.Contains);
        var precision = (double)truePositives / Math.Max(1, raised.Count);
        var recall = (double)truePositives / Math.Max(1, truth.Count);
        Assert.True(truth.Count >= 10, $"the sample plants too few {flag} parcels ({truth.Count}) to measure");
        Assert.True(precision >= 0.8 && recall >= 0.8, $"{flag}: precision {precision:0.000}, recall {recall:0.000} ({raised.Count} raised, {truth.Count} true)");
    }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Dictionary<string, string[]>? _exported;

    /// <summary>Tracking number → exported flags, from one import and one export shared by the three cases.</summary>
    private async Task<Dictionary<string, string[]>> ImportAndExportOnceAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_exported is not null) return _exported;
            var manifest = ShippedData.PathOf("samples", "parcel-manifest-sample.csv");
            var report = await factory.Services.GetRequiredService<FileImporter>().ImportFileAsync(manifest, Path.GetFileName(manifest), "test");
            Assert.True(report.Succeeded, string.Join("\n", report.Errors));

            var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + ".csv");
            var run = await CliVerbRunner.RunAsync(factory, "export parcels", path);
            Assert.Equal(0, run.Code);
            var lines = Encoding.UTF8.GetString((await File.ReadAllBytesAsync(path))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.EndsWith(",flags", lines[0]);
            // The tracking number is the first field and the flags the last; neither holds a comma.
            _exported = lines.Skip(1).ToDictionary(l => l[..l.IndexOf(',')], l => l[(l.LastIndexOf(',') + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(File.ReadLines(manifest).Count() - 1, _exported.Count);
            return _exported;
        }
        finally { Once.Release(); }
    }
}
