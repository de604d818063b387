using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// After start, renders and analyses scans that are not analysed yet, one at a time, so the queue fills with AI results
/// without the officer waiting. Scans opened before their turn are analysed on the spot instead.
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
            while (!stoppingToken.IsCancellationRequested)
            {
                List<int> ids;
                await using (var db = await factory.CreateDbContextAsync(stoppingToken))
                {
                    ids = await db.Set<Scan>().Where(s => s.Status != ScanStatus.Analysed).OrderBy(s => s.Id).Select(s => s.Id).Take(20).ToListAsync(stoppingToken);
                }
                if (ids.Count == 0) return;
                foreach (var id in ids) await analysis.EnsureAnalysedAsync(id, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Preparing X-ray scans in the background stopped; they will be analysed when opened");
        }
    }
}
