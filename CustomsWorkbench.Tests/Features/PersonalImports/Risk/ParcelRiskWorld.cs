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
        await PlantedParcelLabels.ImportAndLabelAsync(this, Seed);
        First = await Catalogue.Kind(ParcelRiskScorer.ModelName).TrainAsync("test", new InlineProgress<JobProgress>(_ => { }), CancellationToken.None)
            ?? throw new InvalidOperationException("The planted manifest gave too few labels to train.");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ModelCatalogue Catalogue => Services.GetRequiredService<ModelCatalogue>();

    /// <summary>Imports a manifest written by <paramref name="write"/> through the import door, as a file.</summary>
    public Task<ImportReport> ImportAsync(Func<TextWriter, Task> write) => PlantedParcelLabels.ImportAsync(this, write);

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
