using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// In-process jobs with a long timeout: on the shared 2-core machine the out-of-process boilerplate build is slow and
/// fragile, and BenchmarkDotNet's default in-process timeout (5 minutes, set-up included) is shorter than generating a
/// million parcels. Run these classes without <c>--inProcess</c> (that flag replaces the job and its counts).
/// </summary>
internal static class InProcessLongJob
{
    private static Job Job => BenchmarkDotNet.Jobs.Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(90), logOutput: true)).WithLaunchCount(1);

    /// <summary>Millisecond queries: 3 warm-ups, 20 iterations, with p95 and max columns.</summary>
    public sealed class Queries : ManualConfig
    {
        public Queries()
        {
            AddJob(Job.WithWarmupCount(3).WithIterationCount(20));
            AddColumn(StatisticColumn.P95, StatisticColumn.Max);
        }
    }

    /// <summary>Runs of seconds to minutes each: one invocation per iteration, no warm-up, two iterations.</summary>
    public sealed class LongRuns : ManualConfig
    {
        public LongRuns() => AddJob(Job.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(0).WithIterationCount(2));
    }
}
