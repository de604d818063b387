using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>
/// Builds the graph at start when records exist but the graph does not yet (first start, or a database that predates
/// the feature). Afterwards the arrival sink keeps it current.
/// </summary>
public sealed class GraphSeeder(GraphBuilder builder, Resolution.ResolutionService resolution) : IDatabaseSeeder
{
    public int Order => 410;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        if (await db.Set<GraphNode>().AnyAsync(ct) || !await db.Declarations.AnyAsync(ct) && !await db.Parcels.AnyAsync(ct)) return;
        progress.Report("Building the intelligence graph");
        var report = await builder.BuildAllAsync(ct);
        progress.Report($"Intelligence graph: {report.Nodes:N0} nodes, {report.Links:N0} links, {report.EvidenceAdded:N0} evidence rows in " +
                        $"{report.Elapsed.TotalSeconds:N1} s (reading records {report.ReadTime.TotalSeconds:N1} s)");
        // Analysts find the first duplicate proposals waiting instead of an empty resolution page.
        var proposed = await resolution.RefreshProposalsAsync(ct);
        progress.Report($"Entity resolution: {proposed:N0} duplicate proposals");
    }
}
