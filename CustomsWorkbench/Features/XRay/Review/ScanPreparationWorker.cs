using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// After start, renders and analyses scans that are not analysed yet, one at a time in id order, so the queue fills with
/// AI results without the officer waiting. Scans opened before their turn are analysed on the spot instead. A scan that
/// fails is logged and skipped (it is tried again when opened, or at the next start); the others still get prepared.
/// </summary>
public sealed class ScanPreparationWorker(IDbContextFactory<WorkbenchDbContext> factory, ScanAnalysis analysis, IOptions<XRayOptions> options,
    IHostEnvironment environment, ILogger<ScanPreparationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!(options.Value.PrepareScansInBackground ?? !environment.IsEnvironment("Testing"))) return;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(3), stoppingToken);
            await PrepareAllAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Preparing X-ray scans in the background stopped; they will be analysed when opened");
        }
    }

    /// <summary>One pass over every scan not analysed yet; returns the ids that failed.</summary>
    public async Task<IReadOnlyList<int>> PrepareAllAsync(CancellationToken ct)
    {
        var failed = new List<int>();
        // A cursor, not "the first 20 not analysed": a scan that keeps failing must not be picked again and again.
        var after = 0;
        while (true)
        {
            List<int> ids;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                ids = await db.Set<Scan>().Where(s => s.Status != ScanStatus.Analysed && s.Id > after).OrderBy(s => s.Id).Select(s => s.Id).Take(20).ToListAsync(ct);
            }
            if (ids.Count == 0) return failed;
            foreach (var id in ids)
            {
                try
                {
                    await analysis.EnsureAnalysedAsync(id, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    logger.LogWarning(e, "X-ray scan {ScanId} could not be prepared; it will be analysed when opened", id);
                    failed.Add(id);
                }
            }
            after = ids[^1];
        }
    }
}
