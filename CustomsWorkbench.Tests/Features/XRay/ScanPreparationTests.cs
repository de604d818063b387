using CustomsWorkbench.Features.XRay;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>Background preparation survives a bad scan, and analysis locks per scan rather than for all scans.</summary>
public class ScanPreparationTests(XRayTestFactory factory) : IClassFixture<XRayTestFactory>
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private async Task<List<int>> NotAnalysedAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<Scan>().Where(s => s.Status != ScanStatus.Analysed).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
    }

    [Fact]
    public async Task One_unreadable_scan_is_skipped_and_the_worker_prepares_the_rest()
    {
        var pending = await NotAnalysedAsync();
        Assert.True(pending.Count >= 3);
        // The first in line has a corrupt image file (before, the whole worker stopped there), followed by two good ones;
        // the rest are set aside so the test measures the worker's resilience, not the detector's speed.
        var (bad, good, rest) = (pending[0], pending[1..3], pending[3..]);
        await using (var db = factory.CreateDbContext())
        {
            await db.Set<Scan>().Where(s => rest.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ScanStatus.Analysed));
            await Get<ScanAnalysis>().EnsureImagesAsync(bad);
            var file = (await db.Set<Scan>().SingleAsync(s => s.Id == bad)).HighEnergyFile;
            await File.WriteAllBytesAsync(Get<ScanStore>().PathOf(file)!, [1, 2, 3, 4]);
        }
        var worker = ActivatorUtilities.CreateInstance<ScanPreparationWorker>(factory.Services,
            Options.Create(new XRayOptions { PrepareScansInBackground = true }));

        await worker.StartAsync(CancellationToken.None);
        try
        {
            await worker.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(10));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        var left = await NotAnalysedAsync();
        Assert.Contains(bad, left);
        Assert.DoesNotContain(good[0], left);
        Assert.DoesNotContain(good[1], left);
    }

    [Fact]
    public async Task Analysing_one_scan_does_not_wait_for_another_scan_being_analysed()
    {
        var analysis = Get<ScanAnalysis>();
        await using (var db = factory.CreateDbContext())
        {
            var scans = await db.Set<Scan>().OrderByDescending(s => s.Id).Select(s => s.Id).Take(2).ToListAsync();
            await db.Set<Scan>().Where(s => scans.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ScanStatus.Ready));
        }
        var (busy, other) = ((await NotAnalysedAsync())[^1], (await NotAnalysedAsync())[^2]);

        Task sameScan;
        using (await analysis.Locks.AcquireAsync(busy))
        {
            await analysis.EnsureAnalysedAsync(other).WaitAsync(TimeSpan.FromMinutes(2));
            sameScan = analysis.EnsureAnalysedAsync(busy);
            await Task.Delay(300);
            Assert.False(sameScan.IsCompleted);
        }
        await sameScan.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.DoesNotContain(busy, await NotAnalysedAsync());
        Assert.DoesNotContain(other, await NotAnalysedAsync());
        // Released: the scan's lock is free again at once.
        using (await analysis.Locks.AcquireAsync(busy).WaitAsync(TimeSpan.FromSeconds(5))) { }
    }
}
