using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

/// <summary>Own database: promoting a model changes what every other test would see.</summary>
public class RiskPromotionFactory : RiskEngineFactory
{
    protected override int DemoDeclarationCount => 1500;
}

public class RiskPromotionTests(RiskPromotionFactory factory) : IClassFixture<RiskPromotionFactory>
{
    [Fact]
    public async Task Promoting_a_candidate_rescores_the_queue_with_it()
    {
        _ = factory.Server;
        var jobs = factory.Services.GetRequiredService<BackgroundJobs>();
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        var training = factory.Services.GetRequiredService<IRiskModelTraining>().StartRetraining("supervisor");
        await WaitAsync(jobs, training.Id);
        var candidate = (await registry.ListAsync(RiskEngine.ModelName)).First(v => v.Status == ModelStatus.Candidate);

        await registry.PromoteAsync(candidate.Id, "supervisor", "better recall");
        // The watcher's own timer may get there first; either way exactly one re-score job runs.
        await factory.Services.GetRequiredService<RiskModelWatcher>().CheckAsync(CancellationToken.None);
        await WaitAsync(jobs, Assert.Single(jobs.List(RiskModelWatcher.JobKind)).Id);

        await using var db = factory.CreateDbContext();
        var versions = await db.Set<RiskAssessment>().Where(a => a.IsCurrent).Select(a => a.ModelVersion).Distinct().ToListAsync();
        Assert.Equal([candidate.Version], versions);
        Assert.All(await db.Set<DeclarationTriage>().Select(t => t.ModelVersion).Distinct().ToListAsync(), v => Assert.Equal(candidate.Version, v));
        // Nothing left to do once the queue carries the active version.
        Assert.False(await factory.Services.GetRequiredService<RiskModelWatcher>().CheckAsync(CancellationToken.None));
    }

    private static async Task WaitAsync(BackgroundJobs jobs, Guid id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (jobs.Get(id)!.Status is JobStatus.Queued or JobStatus.Running && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(JobStatus.Succeeded, jobs.Get(id)!.Status);
    }
}
