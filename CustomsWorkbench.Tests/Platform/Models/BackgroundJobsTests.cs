using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Tests.Platform.Models;

/// <summary>Background jobs live in the database: they survive a restart, are pruned, and run once across servers.</summary>
public class BackgroundJobsRestartTests
{
    [Fact]
    public async Task Jobs_left_by_a_stopped_server_are_run_again_when_re_runnable_and_marked_interrupted_otherwise()
    {
        string folder;
        JobState slow, waiting, training;
        using (var first = new BackgroundJobsFactory { KeepDataFolder = true })
        {
            folder = first.DataFolder;
            _ = first.Server;
            // One job at a time: the training queued behind a job that never ends cannot start before the stop.
            slow = first.Jobs.Enqueue("test-slow", "tester", async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return null; });
            await EventuallyAsync(() => first.Jobs.Get(slow.Id)!.Status == JobStatus.Running, "the slow job to start");
            waiting = first.Jobs.Enqueue("test-waiting", "tester", (_, _) => Task.FromResult<string?>("ran"));
            training = first.Services.GetRequiredService<ModelCatalogue>().StartTraining(CountingKind.ModelName, "tester");
            Assert.Equal(JobStatus.Queued, first.Jobs.Get(training.Id)!.Status);
        }

        using var second = new BackgroundJobsFactory { DataFolder = folder };
        _ = second.Server;
        var rerun = await BackgroundJobsFactory.FinishedAsync(second.Jobs, training.Id);
        Assert.Equal(JobStatus.Succeeded, rerun.Status);
        Assert.Equal(1, second.Services.GetRequiredService<CountingKind>().Trained);
        Assert.Equal("tester", rerun.RequestedBy);
        foreach (var lost in new[] { slow, waiting })
        {
            var state = second.Jobs.Get(lost.Id)!;
            Assert.Equal(JobStatus.Interrupted, state.Status);
            Assert.Equal(BackgroundJobStore.InterruptedMessage, state.Message);
            Assert.NotNull(state.FinishedAtUtc);
        }
        // Pages read the list from the database: the previous server's jobs are there.
        Assert.Contains(second.Jobs.List(), j => j.Id == slow.Id);
    }

    [Fact]
    public async Task Jobs_of_a_server_that_vanished_without_stopping_are_taken_over_once_its_lease_lapses()
    {
        using var factory = new BackgroundJobsFactory();
        _ = factory.Server;
        var lapsed = DateTime.UtcNow.AddMinutes(-1);
        var crashedTraining = Row(JobStatus.Running, CountingKind.ModelName, "crashed-server", lapsed);
        var crashedOther = Row(JobStatus.Running, null, "crashed-server", lapsed);
        var liveOther = Row(JobStatus.Queued, null, "live-server", DateTime.UtcNow.AddMinutes(10));
        await using (var db = factory.CreateDbContext())
        {
            db.AddRange(crashedTraining, crashedOther, liveOther);
            await db.SaveChangesAsync();
        }

        Assert.Equal(JobStatus.Succeeded, (await BackgroundJobsFactory.FinishedAsync(factory.Jobs, crashedTraining.Id)).Status);
        await EventuallyAsync(() => factory.Jobs.Get(crashedOther.Id)!.Status == JobStatus.Interrupted, "the crashed job to be marked interrupted");
        // A live server's queued job is neither taken nor interrupted.
        Assert.Equal(JobStatus.Queued, factory.Jobs.Get(liveOther.Id)!.Status);
    }

    internal static BackgroundJobRecord Row(JobStatus status, string? modelKind, string? owner, DateTime? leaseUntil, DateTime? finished = null, string kind = "test-row") => new()
    {
        Id = Guid.NewGuid(), Kind = kind, RequestedBy = "tester", Status = status, ModelKind = modelKind, LeaseOwner = owner,
        LeaseUntilUtc = leaseUntil, QueuedAtUtc = (finished ?? DateTime.UtcNow).AddMinutes(-1), FinishedAtUtc = finished,
    };

    internal static async Task EventuallyAsync(Func<bool> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(100);
        }
    }
}

/// <summary>The host's own runner polls only hourly here, so these tests' stores and runners are the only ones claiming.</summary>
public class QuietBackgroundJobsFactory : BackgroundJobsFactory
{
    public QuietBackgroundJobsFactory() => PollSeconds = 3600;
}

public class BackgroundJobStoreTests(QuietBackgroundJobsFactory factory) : IClassFixture<QuietBackgroundJobsFactory>
{
    [Fact]
    public async Task Pruning_keeps_the_newest_finished_jobs_within_the_retention_period_and_every_unfinished_one()
    {
        _ = factory.Server;
        var now = DateTime.UtcNow;
        var recent = Enumerable.Range(1, 5).Select(h => BackgroundJobsRestartTests.Row(JobStatus.Succeeded, null, null, null, now.AddHours(-h), "prune-test")).ToList();
        var old = BackgroundJobsRestartTests.Row(JobStatus.Failed, null, null, null, now.AddDays(-40), "prune-test");
        // Unfinished, however old: never pruned (a held lease keeps other runners off it).
        var openOld = BackgroundJobsRestartTests.Row(JobStatus.Queued, null, "elsewhere", now.AddDays(1), null, "prune-test");
        openOld.QueuedAtUtc = now.AddDays(-40);
        await using (var db = factory.CreateDbContext())
        {
            await db.Set<BackgroundJobRecord>().ExecuteDeleteAsync();
            db.AddRange([.. recent, old, openOld]);
            await db.SaveChangesAsync();
        }
        var store = Store(new BackgroundJobsOptions { KeepFinished = 3, KeepDays = 30 });

        var pruned = await store.PruneAsync();

        Assert.Equal(3, pruned);
        await using var check = factory.CreateDbContext();
        var left = await check.Set<BackgroundJobRecord>().Where(j => j.Kind == "prune-test").Select(j => j.Id).ToListAsync();
        Assert.Equal(recent.Take(3).Select(r => r.Id).Append(openOld.Id).Order(), left.Order());
    }

    [Fact]
    public async Task Two_workers_on_one_database_claim_each_job_once_and_run_it_once()
    {
        await HostRunnerIdleAsync();
        var (a, b) = (Store(new()), Store(new()));
        var ids = new List<Guid>();
        await using (var db = factory.CreateDbContext())
        {
            for (var i = 0; i < 20; i++)
            {
                var row = BackgroundJobsRestartTests.Row(JobStatus.Queued, CountingKind.ModelName, null, null, kind: "claim-test");
                ids.Add(row.Id);
                db.Add(row);
            }
            await db.SaveChangesAsync();
        }

        var claims = await Task.WhenAll(ids.Select(async id =>
        {
            var both = await Task.WhenAll(Task.Run(() => a.ClaimAsync(id, default)), Task.Run(() => b.ClaimAsync(id, default)));
            return both.Count(won => won);
        }));

        Assert.All(claims, won => Assert.Equal(1, won));
        await using (var db = factory.CreateDbContext())
        {
            var owners = await db.Set<BackgroundJobRecord>().Where(j => ids.Contains(j.Id)).Select(j => j.LeaseOwner).ToListAsync();
            Assert.All(owners, o => Assert.Contains(o, new[] { a.Owner, b.Owner }));
        }

        // Two whole runners over the same rows: every queued training runs exactly once.
        var kind = factory.Services.GetRequiredService<CountingKind>();
        var before = kind.Trained;
        var runnable = await QueueTrainingsAsync(10);
        var runners = new[] { Runner(), Runner() };
        foreach (var r in runners) await r.StartAsync(default);
        try
        {
            foreach (var id in runnable) Assert.Equal(JobStatus.Succeeded, (await BackgroundJobsFactory.FinishedAsync(factory.Jobs, id)).Status);
        }
        finally
        {
            foreach (var r in runners) await r.StopAsync(default);
        }
        Assert.Equal(10, kind.Trained - before);
    }

    /// <summary>
    /// Waits until the host's own runner has made its start-up pass and gone quiet for the hour: on a slow machine that
    /// first pass could otherwise come after a test's rows are inserted and claim one of them as a third worker.
    /// </summary>
    private async Task HostRunnerIdleAsync()
    {
        _ = factory.Server;
        var probe = factory.Jobs.Enqueue("idle-probe", "tester", (_, _) => Task.FromResult<string?>(null));
        Assert.Equal(JobStatus.Succeeded, (await BackgroundJobsFactory.FinishedAsync(factory.Jobs, probe.Id)).Status);
    }

    private async Task<List<Guid>> QueueTrainingsAsync(int count)
    {
        await using var db = factory.CreateDbContext();
        var rows = Enumerable.Range(0, count).Select(_ => BackgroundJobsRestartTests.Row(JobStatus.Queued, CountingKind.ModelName, null, null, kind: "run-test")).ToList();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToList();
    }

    private BackgroundJobStore Store(BackgroundJobsOptions options) =>
        ActivatorUtilities.CreateInstance<BackgroundJobStore>(factory.Services, Options.Create(options), new CustomsWorkbench.Platform.Hosting.ServerInstance()); // another server: its own name on the leases

    private BackgroundJobs Runner() =>
        ActivatorUtilities.CreateInstance<BackgroundJobs>(factory.Services, Store(new BackgroundJobsOptions { PollSeconds = 0.1 }),
            Options.Create(new BackgroundJobsOptions { PollSeconds = 0.1 }));
}
