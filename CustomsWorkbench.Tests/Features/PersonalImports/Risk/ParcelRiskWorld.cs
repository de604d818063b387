using System.Text;
using CustomsWorkbench.Features.PersonalImports.Evaluation;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Demo.World;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

/// <summary>
/// The real app on an empty database with the real flag rules: a planted manifest imported through the door, past
/// inspections recorded as decisions with outcomes (the demo world's selection), and the first parcel risk model trained
/// through the catalogue kind. Shared by the parcel risk integration and component tests.
/// </summary>
public sealed class ParcelRiskWorld : WorkbenchFactory, IAsyncLifetime
{
    public const int Seed = 5151;
    protected override bool SeedDemoData => false;

    public ModelVersion First { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _ = Server;
        var scenario = ParcelScenario.Generate(Seed, 4000, dayCount: 150);
        var report = await ImportAsync(async writer => await ScenarioCsv.WriteManifestAsync(scenario, writer));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));

        var dataset = await Services.GetRequiredService<ParcelRiskData>().LoadAllAsync(CancellationToken.None);
        var irregularTracking = new[] { ParcelFlagCodes.PcccMisuse, ParcelFlagCodes.SplitShipment, ParcelFlagCodes.Resale, ParcelFlagCodes.Undervalued }
            .SelectMany(f => scenario.Truth[f]).ToHashSet();
        var irregular = dataset.Records.Where(r => irregularTracking.Contains(r.TrackingNumber)).Select(r => r.Id).ToHashSet();
        await using (var db = CreateDbContext())
        {
            db.ParcelDecisions.AddRange(DemoParcelInspections.Select(dataset, irregular, DemoRandom.For(Seed, "parcel-inspections")));
            await db.SaveChangesAsync();
        }
        First = await Catalogue.Kind(ParcelRiskScorer.ModelName).TrainAsync("test", new InlineProgress<JobProgress>(_ => { }), CancellationToken.None)
            ?? throw new InvalidOperationException("The planted manifest gave too few labels to train.");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ModelCatalogue Catalogue => Services.GetRequiredService<ModelCatalogue>();

    /// <summary>Imports a manifest written by <paramref name="write"/> through the import door, as a file.</summary>
    public async Task<ImportReport> ImportAsync(Func<TextWriter, Task> write)
    {
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false))) await write(writer);
        return await Services.GetRequiredService<FileImporter>().ImportFileAsync(path, Path.GetFileName(path), "test");
    }

    /// <summary>Waits (up to a minute) until <paramref name="condition"/> holds on the database.</summary>
    public async Task WaitUntilAsync(Func<global::CustomsWorkbench.Platform.Data.WorkbenchDbContext, Task<bool>> condition, string what)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            await using var db = CreateDbContext();
            if (await condition(db)) return;
        }
        Assert.Fail($"Timed out waiting until {what}.");
    }

    public async Task<string> ActiveVersionAsync() =>
        (await Services.GetRequiredService<ModelRegistry>().GetActiveAsync(ParcelRiskScorer.ModelName))!.Version;
}

[CollectionDefinition(Name)]
public sealed class ParcelRiskCollection : ICollectionFixture<ParcelRiskWorld>
{
    public const string Name = "parcel-risk";
}
