using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// After the first scoring of the demo world: its history up to the last <see cref="DemoShiftOptions.OpenDays"/> days is
/// what an office already processed. Inspected declarations are closed with their outcome by the writer; the rest were
/// released by the service's own selection of the day (green, closed, recorded like <see cref="RiskAssessmentWriter.PriorSelection"/>
/// decisions, no review). The last days stay open as backlog; today's work comes from the arrivals feed.
/// Only demo declarations, only open rows, so it never touches imported data or an officer's work.
/// </summary>
public sealed class DemoHistoryProcessing(
    IDbContextFactory<WorkbenchDbContext> factory, IOptions<WorkbenchOptions> workbench, IOptions<DemoShiftOptions> shift, TimeProvider clock)
{
    /// <summary>Returns how many rows were closed.</summary>
    public async Task<int> ProcessAsync(CancellationToken ct = default)
    {
        if (!workbench.Value.SeedDemoData) return 0;
        await using var db = await factory.CreateDbContextAsync(ct);
        var demo = db.Declarations.Where(d => d.Source == RecordSource.Demo);
        if (!await demo.AnyAsync(ct)) return 0;
        var lastDay = await demo.MaxAsync(d => d.Date, ct);
        var openFrom = lastDay.AddDays(1 - Math.Max(1, shift.Value.OpenDays));
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<DeclarationTriage>()
            .Where(t => t.Status == TriageStatus.Open && t.Date < openFrom && demo.Any(d => d.Id == t.DeclarationId))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TriageStatus.Closed)
                .SetProperty(t => t.DecidedChannel, Channel.Green)
                .SetProperty(t => t.RecommendedAtDecision, Channel.Green)
                .SetProperty(t => t.ModelVersionAtDecision, RiskAssessmentWriter.PriorSelection)
                .SetProperty(t => t.DecidedAtUtc, now)
                .SetProperty(t => t.ClosedAtUtc, now)
                .SetProperty(t => t.ArrivedAtUtc, (DateTime?)null), ct);
    }
}
