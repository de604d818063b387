using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// On start-up, after the demo world and its inspection history: trains the first parcel risk model when none is active
/// and the labels allow it (registered active, nobody to compare with), then scores every parcel the active version has
/// not scored. Idempotent: with a model and every parcel scored it only checks.
/// </summary>
public sealed class ParcelRiskStartup(ParcelRiskTrainingRun run, ParcelRiskScorer scorer, ModelRegistry registry, ILogger<ParcelRiskStartup> logger)
    : IDatabaseSeeder
{
    public int Order => 320;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        if (!await db.Parcels.AnyAsync(ct)) return;
        var report = new InlineProgress<JobProgress>(p => progress.Report($"Parcel risk: {p.Message}"));
        if (await registry.GetActiveAsync(ParcelRiskScorer.ModelName, ct) is null) await run.TrainAndRegisterAsync(ParcelRiskTrainingRun.Actor, report, ct);
        var scored = await scorer.ScoreStaleAsync(report, ct);
        if (scored > 0) logger.LogInformation("Parcel risk: {Count} parcels scored", scored);
    }
}
