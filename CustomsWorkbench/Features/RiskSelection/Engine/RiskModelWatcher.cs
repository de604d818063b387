using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Hosting;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// Reacts to a promotion: when the registry's active risk model is one that no queue row was scored with yet, the whole
/// queue is re-scored with it in a "risk-rescore" background job (new arrivals already use it: the engine reloads the
/// active model whenever its version changes). Polls the registry, so it also sees promotions made by another process.
/// </summary>
public sealed class RiskModelWatcher(ModelRegistry registry, RiskEngine engine, BackgroundJobs jobs,
    IDbContextFactory<WorkbenchDbContext> factory, ILogger<RiskModelWatcher> logger) : PollingService(Interval, logger)
{
    public const string JobKind = "risk-rescore";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override string FailureMessage => "Checking the active risk model failed";

    protected override Task PollAsync(CancellationToken ct) => CheckAsync(ct);

    /// <summary>Enqueues a re-score when the active version has scored no queue row and no training or re-score is under way.</summary>
    public async Task<bool> CheckAsync(CancellationToken ct)
    {
        // The timer and a caller may check at once: one at a time, so a promotion enqueues one re-score.
        await _gate.WaitAsync(ct);
        try
        {
            return await CheckOnceAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private readonly SemaphoreSlim _gate = new(1, 1);

    private async Task<bool> CheckOnceAsync(CancellationToken ct)
    {
        if (jobs.IsBusy(JobKind) || jobs.IsBusy(RiskModelTrainingService.JobKind)) return false;
        var active = await registry.GetActiveAsync(RiskEngine.ModelName, ct);
        if (active is null) return false;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Set<DeclarationTriage>().AnyAsync(ct) || await db.Set<DeclarationTriage>().AnyAsync(t => t.ModelVersion == active.Version, ct)) return false;
        jobs.Enqueue(JobKind, RiskEngine.Actor, async (progress, c) => $"{await engine.ScoreAllAsync(progress, c)} declarations re-scored with {active.Version}");
        return true;
    }
}
