using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Models;

/// <summary>The app without a demo world, with a cheap model kind to train and a job runner polling at <see cref="PollSeconds"/>.</summary>
public class BackgroundJobsFactory : WorkbenchFactory
{
    protected override bool SeedDemoData => false;
    public double PollSeconds { get; init; } = 0.2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:Jobs:PollSeconds", PollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Workbench:Jobs:LeaseSeconds", "30");
        builder.ConfigureTestServices(services => services.AddModelKind<CountingKind>());
    }

    public BackgroundJobs Jobs => Services.GetRequiredService<BackgroundJobs>();

    public static async Task<JobState> FinishedAsync(BackgroundJobs jobs, Guid id, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (jobs.Get(id) is { Status: JobStatus.Queued or JobStatus.Running })
        {
            Assert.True(DateTime.UtcNow < deadline, $"job {id} did not finish: {jobs.Get(id)}");
            await Task.Delay(100);
        }
        return jobs.Get(id)!;
    }
}

/// <summary>A model kind that trains in no time and counts its trainings (per app host).</summary>
public sealed class CountingKind : IModelKind
{
    public const string ModelName = "test-counting";
    private int _trained;
    public int Trained => Volatile.Read(ref _trained);
    public string Name => ModelName;
    public ModelCard Card { get; } = new(new("Counting", "카운팅"), new("Tests", "테스트"), new("None", "없음"), new("None", "없음"), []);

    public async Task<ModelVersion?> TrainAsync(string requestedBy, IProgress<JobProgress> progress, CancellationToken ct)
    {
        progress.Report(new JobProgress(0.5, "half way"));
        await Task.Delay(50, ct);
        Interlocked.Increment(ref _trained);
        return null;
    }

    public ModelEvaluation Evaluate(ModelVersion version) => ModelEvaluation.Empty;
    public Task LoadAsync(ModelVersion version, CancellationToken ct) => Task.CompletedTask;
}
