using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>
/// Makes the demo world's parcels a worklist. First it flags them exactly as a manifest import would: the same
/// <see cref="ParcelFlagging"/> sink, fed in arrival order in outbox-sized messages, so each parcel is judged only from
/// what arrived before it. Then the history up to yesterday counts as processed: unflagged parcels are Cleared, flagged
/// ones Closed, except flagged parcels of the last <see cref="PersonalImportsOptions.DemoOpenFlaggedDays"/> days, which stay
/// Open with today's arrivals. Runs once (while no parcel has a flag) and only on the demo world's parcels.
/// </summary>
public sealed class DemoParcelDeskSeeder(ParcelFlagging flagging, IOptions<WorkbenchOptions> workbench, IOptions<PersonalImportsOptions> options)
    : IDatabaseSeeder
{
    public int Order => 250;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        if (!workbench.Value.SeedDemoData || await db.ParcelFlags.AnyAsync(ct) || !await db.Parcels.AnyAsync(p => p.Source == RecordSource.Demo, ct)) return;
        progress.Report("Flagging the demo world's parcels");
        var ids = await db.Parcels.AsNoTracking().Where(p => p.Source == RecordSource.Demo)
            .OrderBy(p => p.ArrivedOn).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(ParcelArrivalTopic.IdsPerMessage))
        {
            await flagging.OnParcelsArrivedAsync(chunk, ct);
        }

        var today = await db.Parcels.Where(p => p.Source == RecordSource.Demo).MaxAsync(p => p.ArrivedOn, ct);
        var openFlaggedFrom = today.AddDays(-Math.Max(0, options.Value.DemoOpenFlaggedDays));
        var past = db.Parcels.Where(p => p.Source == RecordSource.Demo && p.Status == ParcelStatus.Open && p.ArrivedOn < today);
        await past.Where(p => !db.ParcelFlags.Any(f => f.ParcelId == p.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParcelStatus.Cleared), ct);
        await past.Where(p => p.ArrivedOn < openFlaggedFrom && db.ParcelFlags.Any(f => f.ParcelId == p.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParcelStatus.Closed), ct);
    }
}
