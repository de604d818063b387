using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// First start with declarations but no assessment yet (fresh demo world or first import): trains the first model
/// (registered active, nobody to compare with) and scores every declaration so the queue is full. Idempotent: once any
/// assessment exists it does nothing. With Workbench:Risk:TrainFirstModelInBackground the work runs as a background job
/// after the app starts serving instead. On the demo world, the history is then processed (<see cref="DemoHistoryProcessing"/>).
/// </summary>
public sealed class RiskStartupSeeder(
    RiskTrainingRun run, RiskEngine engine, DemoHistoryProcessing history, ModelRegistry registry, BackgroundJobs jobs, IOptions<RiskOptions> options,
    ILogger<RiskStartupSeeder> logger) : IDatabaseSeeder
{
    public int Order => 300;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        if (!await db.Declarations.AnyAsync(ct) || await db.Set<RiskAssessment>().AnyAsync(ct)) return;
        if (options.Value.TrainFirstModelInBackground)
        {
            jobs.Enqueue(RiskModelTrainingService.JobKind, RiskEngine.Actor, (p, c) => FirstModelAsync(p, c));
            return;
        }
        var started = DateTime.UtcNow;
        var result = await FirstModelAsync(new CustomsWorkbench.Platform.InlineProgress<JobProgress>(p => progress.Report($"Risk: {p.Message}")), ct);
        logger.LogInformation("Risk selection ready in {Seconds:0.0} s: {Result}", (DateTime.UtcNow - started).TotalSeconds, result);
    }

    private async Task<string?> FirstModelAsync(IProgress<JobProgress> progress, CancellationToken ct)
    {
        var active = await registry.GetActiveAsync(RiskEngine.ModelName, ct);
        var version = active ?? await run.TrainAndRegisterAsync(RiskEngine.Actor, progress, ct);
        var scored = await engine.ScoreAllAsync(progress, ct);
        var processed = await history.ProcessAsync(ct);
        if (processed > 0) logger.LogInformation("Demo history processed: {Count} declarations before the last open days released and closed", processed);
        return $"{scored} declarations scored with {version?.Version ?? RiskEngine.RulesOnlyVersion}";
    }
}
