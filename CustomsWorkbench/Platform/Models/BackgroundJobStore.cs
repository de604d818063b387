using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Models;

/// <summary>
/// The background jobs' rows: adding, claiming (a conditional UPDATE, so of several servers on one database one runs a
/// job), progress, leases, recovery after a stopped server, and pruning. <see cref="BackgroundJobs"/> runs the work.
/// </summary>
public sealed class BackgroundJobStore(IDbContextFactory<WorkbenchDbContext> factory, IOptions<BackgroundJobsOptions> options, TimeProvider clock,
    Hosting.ServerInstance instance)
{
    public const string RequeuedMessage = "Queued again: the server running it stopped before it finished.";
    public const string InterruptedMessage = "Interrupted: the server stopped before this job finished. Start it again.";

    /// <summary>This runner's name on the leases it holds (unique per instance).</summary>
    public string Owner => instance.Name;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateTime LeaseEnd => Now.AddSeconds(options.Value.LeaseSeconds);

    /// <summary>A re-runnable job (with a model kind) is free for any server; any other is held by this one, the only one that can run it.</summary>
    public JobState Add(string kind, string requestedBy, string? modelKind)
    {
        var row = new BackgroundJobRecord
        {
            Id = Guid.NewGuid(), Kind = kind, RequestedBy = requestedBy, Status = JobStatus.Queued, QueuedAtUtc = Now, ModelKind = modelKind,
            LeaseOwner = modelKind is null ? Owner : null, LeaseUntilUtc = modelKind is null ? LeaseEnd : null,
        };
        using var db = factory.CreateDbContext();
        db.Add(row);
        db.SaveChanges();
        return ToState(row);
    }

    public JobState? Get(Guid id)
    {
        using var db = factory.CreateDbContext();
        return db.Set<BackgroundJobRecord>().AsNoTracking().Where(j => j.Id == id).AsEnumerable().Select(ToState).SingleOrDefault();
    }

    /// <summary>Jobs of a kind (or all), newest first.</summary>
    public IReadOnlyList<JobState> List(string? kind = null)
    {
        using var db = factory.CreateDbContext();
        var rows = db.Set<BackgroundJobRecord>().AsNoTracking().Where(j => kind == null || j.Kind == kind);
        return rows.OrderByDescending(j => j.QueuedAtUtc).AsEnumerable().Select(ToState).ToList();
    }

    public bool IsBusy(string kind)
    {
        using var db = factory.CreateDbContext();
        return db.Set<BackgroundJobRecord>().Any(j => j.Kind == kind && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running));
    }

    /// <summary>Queued jobs this runner may take, oldest first: its own, and re-runnable ones nobody holds.</summary>
    public async Task<IReadOnlyList<BackgroundJobRecord>> ClaimableAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Claimable(db.Set<BackgroundJobRecord>()).AsNoTracking().OrderBy(j => j.QueuedAtUtc).ToListAsync(ct);
    }

    /// <summary>Marks the job running under this runner's lease; false when another runner was first.</summary>
    public async Task<bool> ClaimAsync(Guid id, CancellationToken ct)
    {
        var (now, until) = (Now, LeaseEnd);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Claimable(db.Set<BackgroundJobRecord>().Where(j => j.Id == id)).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Running).SetProperty(j => j.StartedAtUtc, now)
            .SetProperty(j => j.LeaseOwner, Owner).SetProperty(j => j.LeaseUntilUtc, until), ct) == 1;
    }

    public async Task ProgressAsync(Guid id, JobProgress progress)
    {
        var until = LeaseEnd;
        await using var db = await factory.CreateDbContextAsync();
        await Mine(db).Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Fraction, progress.Fraction)
            .SetProperty(j => j.Message, progress.Message).SetProperty(j => j.LeaseUntilUtc, until));
    }

    /// <summary>Records the outcome and lets go of the job.</summary>
    public async Task<JobState?> FinishAsync(Guid id, JobStatus status, string? result, string? message)
    {
        var now = Now;
        await using var db = await factory.CreateDbContextAsync();
        var row = await Mine(db).SingleOrDefaultAsync(j => j.Id == id);
        if (row is null) return null;
        row.Status = status;
        row.FinishedAtUtc = now;
        row.Result = result;
        if (status == JobStatus.Succeeded) row.Fraction = 1;
        if (message is not null) row.Message = message;
        row.LeaseOwner = null;
        row.LeaseUntilUtc = null;
        await db.SaveChangesAsync();
        return ToState(row);
    }

    /// <summary>Keeps this runner's jobs held (called on every poll, so a live server's queued jobs are not taken for abandoned).</summary>
    public async Task RenewAsync(CancellationToken ct)
    {
        var until = LeaseEnd;
        await using var db = await factory.CreateDbContextAsync(ct);
        await Mine(db).Where(j => j.Status == JobStatus.Queued || j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntilUtc, until), ct);
    }

    /// <summary>
    /// Jobs whose server stopped (lease lapsed, or <paramref name="mineOnly"/>: this runner on shutdown): training is
    /// queued again for any server, anything else is marked interrupted. Returns how many were touched.
    /// </summary>
    public async Task<int> RecoverAsync(bool mineOnly, CancellationToken ct)
    {
        var now = Now;
        await using var db = await factory.CreateDbContextAsync(ct);
        var open = db.Set<BackgroundJobRecord>().Where(j => j.Status == JobStatus.Queued || j.Status == JobStatus.Running);
        var abandoned = mineOnly ? open.Where(j => j.LeaseOwner == Owner) : open.Where(j => j.LeaseUntilUtc != null && j.LeaseUntilUtc < now);
        var requeued = await abandoned.Where(j => j.ModelKind != null).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.StartedAtUtc, (DateTime?)null).SetProperty(j => j.Fraction, 0)
            .SetProperty(j => j.Message, RequeuedMessage).SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), ct);
        var interrupted = await abandoned.Where(j => j.ModelKind == null).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Interrupted).SetProperty(j => j.FinishedAtUtc, now)
            .SetProperty(j => j.Message, InterruptedMessage).SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), ct);
        return requeued + interrupted;
    }

    /// <summary>Deletes finished jobs beyond the newest <see cref="BackgroundJobsOptions.KeepFinished"/> or older than <see cref="BackgroundJobsOptions.KeepDays"/>.</summary>
    public async Task<int> PruneAsync(CancellationToken ct = default)
    {
        var cutoff = Now.AddDays(-options.Value.KeepDays);
        await using var db = await factory.CreateDbContextAsync(ct);
        var finished = db.Set<BackgroundJobRecord>().Where(j => j.FinishedAtUtc != null);
        var old = await finished.Where(j => j.FinishedAtUtc < cutoff).ExecuteDeleteAsync(ct);
        var beyond = finished.OrderByDescending(j => j.FinishedAtUtc).Skip(Math.Max(0, options.Value.KeepFinished)).Select(j => j.Id);
        return old + await finished.Where(j => beyond.Contains(j.Id)).ExecuteDeleteAsync(ct);
    }

    private IQueryable<BackgroundJobRecord> Claimable(IQueryable<BackgroundJobRecord> jobs) =>
        jobs.Where(j => j.Status == JobStatus.Queued && (j.LeaseOwner == Owner || (j.LeaseOwner == null && j.ModelKind != null)));

    private IQueryable<BackgroundJobRecord> Mine(WorkbenchDbContext db) => db.Set<BackgroundJobRecord>().Where(j => j.LeaseOwner == Owner);

    public static JobState ToState(BackgroundJobRecord j) =>
        new(j.Id, j.Kind, j.RequestedBy, j.Status, j.Fraction, j.Message, j.QueuedAtUtc, j.StartedAtUtc, j.FinishedAtUtc, j.Result);
}
