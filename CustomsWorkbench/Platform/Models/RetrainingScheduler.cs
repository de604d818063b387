using CustomsWorkbench.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Models;

/// <summary>
/// Scheduled retraining (<see cref="ModelsOptions.RetrainEvery"/>): when a kind's newest version is older than its
/// interval, a candidate is trained in the background. Due-ness is read from the registry, so a restart neither loses
/// nor repeats a scheduled run, and a lease in the database lets one server at a time check it. Candidates wait for a person's promotion.
/// </summary>
public sealed class RetrainingScheduler(ModelCatalogue catalogue, ModelRegistry registry, BackgroundJobs jobs, IOptions<ModelsOptions> options,
    TimeProvider clock, WorkLeases leases, ILogger<RetrainingScheduler> logger) : PollingService(TimeSpan.FromMinutes(15), logger)
{
    public const string Actor = "retraining-scheduler";
    /// <summary>With several servers on one database, one checks the schedule at a time, so a due kind is trained once.</summary>
    public const string LeaseName = "models.retraining-schedule";

    protected override string FailureMessage => "Checking scheduled retraining failed";

    protected override Task PollAsync(CancellationToken ct) => CheckAsync(ct);

    /// <summary>Starts the due trainings; returns the kinds started.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken ct)
    {
        var started = new List<string>();
        if (!await leases.TryHoldAsync(LeaseName, ct)) return started;
        foreach (var (kind, every) in options.Value.RetrainEvery)
        {
            if (ModelsOptions.Interval(every) is not { } interval || !catalogue.Kinds.Any(k => k.Name == kind))
            {
                Logger.LogWarning("Workbench:Models:RetrainEvery:{Kind} = '{Every}' is ignored: use daily, weekly or monthly for one of {Kinds}",
                    kind, every, string.Join(", ", catalogue.Kinds.Select(k => k.Name)));
                continue;
            }
            if (jobs.IsBusy(ModelCatalogue.TrainingJobKind(kind))) continue;
            var newest = (await registry.ListAsync(kind, ct)).FirstOrDefault();
            // The first version comes from the feature's own start-up; a schedule only renews.
            if (newest is null || clock.GetUtcNow().UtcDateTime - newest.CreatedAtUtc < interval) continue;
            catalogue.StartTraining(kind, Actor);
            started.Add(kind);
        }
        return started;
    }
}
