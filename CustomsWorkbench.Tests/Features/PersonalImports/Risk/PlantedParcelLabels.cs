using System.Text;
using CustomsWorkbench.Features.PersonalImports.Evaluation;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Demo.World;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

/// <summary>
/// Enough inspected parcels for the parcel risk model to train: a planted manifest imported through the door, and past
/// inspections of its parcels recorded with outcomes (the demo world's selection). The small demo worlds of the test
/// hosts have too few.
/// </summary>
public static class PlantedParcelLabels
{
    public static async Task ImportAndLabelAsync(WorkbenchFactory factory, int seed, int parcels = 4000, int days = 150)
    {
        var scenario = ParcelScenario.Generate(seed, parcels, dayCount: days);
        var report = await ImportAsync(factory, async writer => await ScenarioCsv.WriteManifestAsync(scenario, writer));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));

        var dataset = await factory.Services.GetRequiredService<ParcelRiskData>().LoadAllAsync(CancellationToken.None);
        var manifest = scenario.Manifest.Select(p => p.TrackingNumber).ToHashSet();
        var imported = dataset.Records.Where(r => manifest.Contains(r.TrackingNumber)).Select(r => r.Id).ToHashSet();
        var irregularTracking = new[] { ParcelFlagCodes.PcccMisuse, ParcelFlagCodes.SplitShipment, ParcelFlagCodes.Resale, ParcelFlagCodes.Undervalued }
            .SelectMany(f => scenario.Truth[f]).ToHashSet();
        var irregular = dataset.Records.Where(r => irregularTracking.Contains(r.TrackingNumber)).Select(r => r.Id).ToHashSet();
        await using var db = factory.CreateDbContext();
        db.ParcelDecisions.AddRange(DemoParcelInspections.Select(dataset, irregular, DemoRandom.For(seed, "parcel-inspections"))
            .Where(d => imported.Contains(d.ParcelId)));
        await db.SaveChangesAsync();
    }

    /// <summary>Imports a manifest written by <paramref name="write"/> through the import door, as a file.</summary>
    public static async Task<ImportReport> ImportAsync(WorkbenchFactory factory, Func<TextWriter, Task> write)
    {
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false))) await write(writer);
        return await factory.Services.GetRequiredService<FileImporter>().ImportFileAsync(path, Path.GetFileName(path), "test");
    }
}
