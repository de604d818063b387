using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Hosting;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// Reacts to a promotion or rollback: when no parcel carries the active parcel risk version yet, every parcel is
/// re-scored with it in a "parcel-risk-rescore" background job (arrivals already use it: the scorer reloads on a version
/// change). Polls the registry, so it also sees promotions made by another process.
/// </summary>
public sealed class ParcelRiskWatcher(ModelRegistry registry, ParcelRiskScorer scorer, BackgroundJobs jobs,
    IDbContextFactory<WorkbenchDbContext> factory, ILogger<ParcelRiskWatcher> logger) : PollingService(TimeSpan.FromSeconds(10), logger)
{
    public const string JobKind = "parcel-risk-rescore";
    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override string FailureMessage => "Checking the active parcel risk model failed";

    protected override Task PollAsync(CancellationToken ct) => CheckAsync(ct);

    /// <summary>Enqueues a re-score when the active version has scored no parcel and no training or re-score is under way.</summary>
    public async Task<bool> CheckAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (jobs.IsBusy(JobKind) || jobs.IsBusy(ModelCatalogue.TrainingJobKind(ParcelRiskScorer.ModelName))) return false;
            var active = await registry.GetActiveAsync(ParcelRiskScorer.ModelName, ct);
            if (active is null) return false;
            await using var db = await factory.CreateDbContextAsync(ct);
            if (!await db.Parcels.AnyAsync(ct) || await db.Parcels.AnyAsync(p => p.RiskModelVersion == active.Version, ct)) return false;
            jobs.Enqueue(JobKind, ParcelRiskTrainingRun.Actor, async (progress, c) => $"{await scorer.ScoreStaleAsync(progress, c)} parcels re-scored with {active.Version}");
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
