using System.Collections.Concurrent;
using System.Threading.Channels;
using CustomsWorkbench.Platform.Realtime;

namespace CustomsWorkbench.Platform.Models;

public enum JobStatus { Queued, Running, Succeeded, Failed, Cancelled }

public sealed record JobProgress(double Fraction, string Message);

/// <summary>A snapshot of one background job, as pages show it.</summary>
public sealed record JobState(Guid Id, string Kind, string RequestedBy, JobStatus Status, double Fraction, string Message,
    DateTime QueuedAtUtc, DateTime? StartedAtUtc, DateTime? FinishedAtUtc, string? Result);

public delegate Task<string?> JobWork(IProgress<JobProgress> progress, CancellationToken ct);

/// <summary>
/// Long work (model training, re-scoring) off the request path: one job at a time (the machine has two cores and the
/// UI must stay responsive), progress pushed live on the "jobs" topic so any open page can show a bar.
/// </summary>
public class BackgroundJobs(IRealtimeNotifier notifier, ILogger<BackgroundJobs> logger) : BackgroundService
{
    public const string Topic = "jobs";
    private readonly Channel<(Guid Id, JobWork Work)> _queue = Channel.CreateUnbounded<(Guid, JobWork)>();
    private readonly ConcurrentDictionary<Guid, JobState> _states = new();

    /// <summary>Finished jobs kept for pages to show; older ones are dropped so the list does not grow without bound.</summary>
    public const int FinishedKept = 50;

    public JobState Enqueue(string kind, string requestedBy, JobWork work)
    {
        Prune();
        var state = new JobState(Guid.NewGuid(), kind, requestedBy, JobStatus.Queued, 0, "", DateTime.UtcNow, null, null, null);
        _states[state.Id] = state;
        _queue.Writer.TryWrite((state.Id, work));
        _ = PublishAsync(state);
        return state;
    }

    public JobState? Get(Guid id) => _states.GetValueOrDefault(id);

    /// <summary>Jobs of a kind, newest first (running and recent ones).</summary>
    public IReadOnlyList<JobState> List(string? kind = null) =>
        _states.Values.Where(s => kind is null || s.Kind == kind).OrderByDescending(s => s.QueuedAtUtc).ToList();

    public bool IsBusy(string kind) => _states.Values.Any(s => s.Kind == kind && s.Status is JobStatus.Queued or JobStatus.Running);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (id, work) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            Update(id, s => s with { Status = JobStatus.Running, StartedAtUtc = DateTime.UtcNow });
            var lastPublished = DateTime.MinValue;
            var progress = new InlineProgress<JobProgress>(p =>
            {
                Update(id, s => s with { Fraction = Math.Clamp(p.Fraction, 0, 1), Message = p.Message }, publish: false);
                // At most a few updates a second reach the browsers.
                if (DateTime.UtcNow - lastPublished < TimeSpan.FromMilliseconds(250)) return;
                lastPublished = DateTime.UtcNow;
                _ = PublishAsync(_states[id]);
            });
            try
            {
                var result = await Task.Run(() => work(progress, stoppingToken), stoppingToken);
                Update(id, s => s with { Status = JobStatus.Succeeded, Fraction = 1, FinishedAtUtc = DateTime.UtcNow, Result = result });
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                Update(id, s => s with { Status = JobStatus.Cancelled, FinishedAtUtc = DateTime.UtcNow });
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Background job {Kind} {Id} failed", _states[id].Kind, id);
                Update(id, s => s with { Status = JobStatus.Failed, FinishedAtUtc = DateTime.UtcNow, Message = ex.Message });
            }
        }
    }

    private void Prune()
    {
        var finished = _states.Values.Where(s => s.FinishedAtUtc is not null).OrderByDescending(s => s.FinishedAtUtc).Skip(FinishedKept).ToList();
        foreach (var old in finished) _states.TryRemove(old.Id, out _);
    }

    private void Update(Guid id, Func<JobState, JobState> change, bool publish = true)
    {
        var next = _states.AddOrUpdate(id, _ => throw new InvalidOperationException("unknown job"), (_, s) => change(s));
        if (publish) _ = PublishAsync(next);
    }

    private Task PublishAsync(JobState state) => notifier.PublishAsync(Topic, "job", state);
}
