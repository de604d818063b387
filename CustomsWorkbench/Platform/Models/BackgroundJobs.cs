using System.Collections.Concurrent;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Realtime;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Models;

public enum JobStatus { Queued, Running, Succeeded, Failed, Cancelled, Interrupted }

public sealed record JobProgress(double Fraction, string Message);

/// <summary>A snapshot of one background job, as pages show it.</summary>
public sealed record JobState(Guid Id, string Kind, string RequestedBy, JobStatus Status, double Fraction, string Message,
    DateTime QueuedAtUtc, DateTime? StartedAtUtc, DateTime? FinishedAtUtc, string? Result);

public delegate Task<string?> JobWork(IProgress<JobProgress> progress, CancellationToken ct);

/// <summary>
/// Long work (model training, re-scoring) off the request path: one job at a time per server (the machine has two cores
/// and the UI must stay responsive), progress pushed live on the "jobs" topic so any open page can show a bar. Jobs are
/// recorded in the database (<see cref="BackgroundJobStore"/>): the list survives a restart, a training job left by a
/// stopped server runs again, and with several servers on one database each job runs once.
/// </summary>
public class BackgroundJobs(BackgroundJobStore store, IServiceProvider services, IRealtimeNotifier notifier, IOptions<BackgroundJobsOptions> options,
    ILogger<BackgroundJobs> logger) : BackgroundService
{
    public const string Topic = "jobs";
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    // The work of jobs enqueued here; a re-runnable job taken over from another server is rebuilt from its model kind.
    private readonly ConcurrentDictionary<Guid, JobWork> _work = new();
    private readonly SemaphoreSlim _wake = new(0);

    public BackgroundJobStore Store => store;

    /// <summary>Queues work. With <paramref name="modelKind"/> (model training) any server can run it again after a restart;
    /// without, it is marked interrupted if this server stops first.</summary>
    public JobState Enqueue(string kind, string requestedBy, JobWork work, string? modelKind = null)
    {
        var state = store.Add(kind, requestedBy, modelKind);
        _work[state.Id] = work;
        _wake.Release();
        _ = PublishAsync(state);
        return state;
    }

    public JobState? Get(Guid id) => store.Get(id);

    /// <summary>Jobs of a kind, newest first (running and recent ones).</summary>
    public IReadOnlyList<JobState> List(string? kind = null) => store.List(kind);

    public bool IsBusy(string kind) => store.IsBusy(kind);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var heartbeat = HeartbeatAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ClaimNextAsync(stoppingToken) is { } job) await RunAsync(job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Background jobs: looking for queued jobs failed; retrying at the next poll");
            }
            try { await _wake.WaitAsync(PollInterval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
        await heartbeat;
    }

    /// <summary>On shutdown this server's unfinished jobs are let go at once: training is queued again, the rest marked interrupted.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try { await store.RecoverAsync(mineOnly: true, CancellationToken.None); }
        catch (Exception e) { logger.LogWarning(e, "Background jobs: could not release this server's jobs; their leases will lapse"); }
    }

    private TimeSpan PollInterval => TimeSpan.FromSeconds(options.Value.PollSeconds);

    /// <summary>Keeps this server's jobs held, takes over those of stopped servers and prunes old ones, also while a long job runs.</summary>
    private async Task HeartbeatAsync(CancellationToken ct)
    {
        var lastPrune = DateTime.MinValue;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await store.RenewAsync(ct);
                if (await store.RecoverAsync(mineOnly: false, ct) > 0) _wake.Release();
                if (DateTime.UtcNow - lastPrune >= PruneEvery)
                {
                    lastPrune = DateTime.UtcNow;
                    await store.PruneAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Background jobs: renewing or recovering jobs failed; retrying at the next poll");
            }
            try { await Task.Delay(PollInterval, ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task<BackgroundJobRecord?> ClaimNextAsync(CancellationToken ct)
    {
        foreach (var job in await store.ClaimableAsync(ct))
            if (await store.ClaimAsync(job.Id, ct)) return job;
        return null;
    }

    private async Task RunAsync(BackgroundJobRecord job, CancellationToken stoppingToken)
    {
        var state = BackgroundJobStore.ToState(job) with { Status = JobStatus.Running, StartedAtUtc = DateTime.UtcNow, Fraction = 0, Message = "" };
        await PublishAsync(state);
        _work.TryRemove(job.Id, out var work);
        work ??= job.ModelKind is { } modelKind ? services.GetRequiredService<ModelCatalogue>().TrainingWork(modelKind, job.RequestedBy) : null;
        if (work is null)
        {
            await FinishAsync(job.Id, JobStatus.Interrupted, null, BackgroundJobStore.InterruptedMessage);
            return;
        }
        var lastPublished = DateTime.MinValue;
        Task write = Task.CompletedTask;
        var progress = new InlineProgress<JobProgress>(p =>
        {
            state = state with { Fraction = Math.Clamp(p.Fraction, 0, 1), Message = p.Message };
            // At most a few updates a second reach the browsers and the database (one write at a time, never queued up).
            if (DateTime.UtcNow - lastPublished < TimeSpan.FromMilliseconds(250)) return;
            lastPublished = DateTime.UtcNow;
            _ = PublishAsync(state);
            if (write.IsCompleted) write = store.ProgressAsync(job.Id, new JobProgress(state.Fraction, state.Message));
        });
        try
        {
            var result = await Task.Run(() => work(progress, stoppingToken), stoppingToken);
            await Settle(write);
            await FinishAsync(job.Id, JobStatus.Succeeded, result, null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Left running under this server's lease: StopAsync re-queues or interrupts it.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Background job {Kind} {Id} failed", job.Kind, job.Id);
            await Settle(write);
            await FinishAsync(job.Id, JobStatus.Failed, null, ex.Message);
        }
    }

    private async Task Settle(Task write)
    {
        try { await write; }
        catch (Exception e) { logger.LogWarning(e, "Background jobs: a progress update was not recorded"); }
    }

    private async Task FinishAsync(Guid id, JobStatus status, string? result, string? message)
    {
        if (await store.FinishAsync(id, status, result, message) is { } finished) await PublishAsync(finished);
    }

    private Task PublishAsync(JobState state) => notifier.PublishAsync(Topic, "job", state);
}
