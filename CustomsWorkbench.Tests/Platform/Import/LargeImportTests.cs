using System.Diagnostics;
using CustomsWorkbench.Platform.Import;
using Xunit.Abstractions;

namespace CustomsWorkbench.Tests.Platform.Import;

/// <summary>
/// The heap is measured for the whole process, so this runs in a collection that xunit runs on its own, after the
/// parallel ones: other tests' allocations must not count as the import's.
/// Alone: dotnet test CustomsWorkbench.Tests --no-build --filter "FullyQualifiedName~LargeImportTests"
/// </summary>
[Trait("Category", "Slow")]
[Collection(MemoryMeasurementCollection.Name)]
public class LargeImportTests(ImportTestFactory factory, ITestOutputHelper output) : IClassFixture<ImportTestFactory>
{
    private const int Rows = 200_000;

    [Fact]
    public async Task Two_hundred_thousand_rows_stream_in_with_bounded_memory()
    {
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", $"large-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var writer = new StreamWriter(path))
        {
            await writer.WriteLineAsync(BacudaFile.Header);
            for (var i = 1; i <= Rows; i++) await writer.WriteLineAsync(BacudaFile.Row("BIG", i));
        }
        var megabytes = new FileInfo(path).Length / 1024.0 / 1024.0;
        _ = factory.Server;
        var baseline = await QuietHeapAsync();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                // What the import keeps alive, measured as the baseline is: after a full collection. The heap after
                // whatever collection last ran would also count dead objects waiting in generation 2, and how many wait
                // there depends on the heap's size when the run starts (about 60 MB alone, 330 MB after the whole
                // suite), not on whether the import streams.
                GC.Collect();
                var info = GC.GetGCMemoryInfo();
                peak = Math.Max(peak, info.HeapSizeBytes - info.FragmentedBytes);
                try { await Task.Delay(500, sampling.Token); } catch (OperationCanceledException) { }
            }
        });

        var clock = Stopwatch.StartNew();
        TimeSpan? validated = null;
        var progress = new CustomsWorkbench.Platform.InlineProgress<ImportProgress>(p => validated ??= p.Phase == ImportPhase.Writing ? clock.Elapsed : null);
        var report = await factory.Imports.ImportFileAsync(path, "large.csv", "test", progress);
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        File.Delete(path);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(Rows, report.Inserted);
        var rowsPerSecond = Rows / clock.Elapsed.TotalSeconds;
        var peakMegabytes = peak / 1024.0 / 1024.0;
        output.WriteLine($"{Rows:N0} rows ({megabytes:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s = {rowsPerSecond:N0} rows/s; " +
                         $"probe+validation {validated?.TotalSeconds:F1} s; managed heap baseline {baseline / 1048576.0:F0} MB, peak {peakMegabytes:F0} MB");
        // The file's rows as objects would take several times its size; streaming keeps the heap near its baseline.
        Assert.True(peak - baseline < 150L * 1024 * 1024, $"managed heap grew by {(peak - baseline) / 1048576.0:F0} MB");
    }

    /// <summary>
    /// The live heap once the process has gone quiet. Hosts of earlier test classes are disposed by now, but work they
    /// started (a detector's LightGBM training cannot be interrupted) may still be allocating; waiting until two full
    /// collections a second apart agree keeps that work out of the import's figure.
    /// </summary>
    private static async Task<long> QuietHeapAsync()
    {
        long previous = -1;
        for (var attempt = 0; attempt < 90; attempt++)
        {
            var current = GC.GetTotalMemory(forceFullCollection: true);
            if (previous >= 0 && Math.Abs(current - previous) < 4L * 1024 * 1024) break;
            previous = current;
            await Task.Delay(1000);
        }
        var info = GC.GetGCMemoryInfo();
        return info.HeapSizeBytes - info.FragmentedBytes;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public class MemoryMeasurementCollection
{
    public const string Name = "memory measurement (runs alone)";
}
