using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Platform.Hosting;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Models;

/// <summary>The assistant intent classifier retrains weekly: its cheapest kind to train.</summary>
public class RetrainingSchedulerFactory : ModelCatalogueFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:Models:RetrainEvery:assistant-intent", "weekly");
        builder.UseSetting("Workbench:Models:RetrainEvery:risk", "fortnightly");
    }
}

public class RetrainingSchedulerTests(RetrainingSchedulerFactory factory) : IClassFixture<RetrainingSchedulerFactory>
{
    [Fact]
    public async Task A_due_scheduled_retrain_registers_a_candidate_and_a_fresh_one_is_not_repeated()
    {
        _ = factory.Server;
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        var jobs = factory.Services.GetRequiredService<BackgroundJobs>();
        var catalogue = factory.Services.GetRequiredService<ModelCatalogue>();
        // The first version (trained at start-up or here) is older than a week as far as a clock 8 days ahead can tell.
        if (await registry.GetActiveAsync(AssistantIntentKind.ModelName) is null)
            await catalogue.Kind(AssistantIntentKind.ModelName).TrainAsync("test", new CustomsWorkbench.Platform.InlineProgress<JobProgress>(_ => { }), CancellationToken.None);
        var later = new ShiftedClock(TimeSpan.FromDays(8));
        var scheduler = ActivatorUtilities.CreateInstance<RetrainingScheduler>(factory.Services, (TimeProvider)later);

        var started = await scheduler.CheckAsync(CancellationToken.None);

        // "fortnightly" is not a known interval: ignored (with a warning), never guessed.
        Assert.Equal([AssistantIntentKind.ModelName], started);
        var job = jobs.List(ModelCatalogue.TrainingJobKind(AssistantIntentKind.ModelName)).First();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (jobs.Get(job.Id)!.Status is JobStatus.Queued or JobStatus.Running && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(JobStatus.Succeeded, jobs.Get(job.Id)!.Status);
        var newest = (await registry.ListAsync(AssistantIntentKind.ModelName)).First();
        Assert.Equal(ModelStatus.Candidate, newest.Status);
        Assert.Equal(RetrainingScheduler.Actor, newest.CreatedBy);

        // The new candidate is fresh at the real clock: nothing is due.
        Assert.Empty(await ActivatorUtilities.CreateInstance<RetrainingScheduler>(factory.Services, TimeProvider.System).CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task While_another_server_holds_the_schedule_lease_this_one_starts_nothing()
    {
        _ = factory.Server;
        // This server may hold the lease from an earlier check: let it go, as a stopping server does.
        await factory.Services.GetRequiredService<WorkLeases>().ReleaseAsync(RetrainingScheduler.LeaseName);
        var other = ActivatorUtilities.CreateInstance<WorkLeases>(factory.Services, new ServerInstance());
        Assert.True(await other.TryHoldAsync(RetrainingScheduler.LeaseName));
        try
        {
            var scheduler = ActivatorUtilities.CreateInstance<RetrainingScheduler>(factory.Services, (TimeProvider)new ShiftedClock(TimeSpan.FromDays(30)));

            Assert.Empty(await scheduler.CheckAsync(CancellationToken.None));
            Assert.False(jobs().IsBusy(ModelCatalogue.TrainingJobKind(AssistantIntentKind.ModelName)));
        }
        finally
        {
            await other.ReleaseAsync(RetrainingScheduler.LeaseName);
        }

        BackgroundJobs jobs() => factory.Services.GetRequiredService<BackgroundJobs>();
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
