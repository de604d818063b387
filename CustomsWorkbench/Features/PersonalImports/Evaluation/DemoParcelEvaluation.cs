using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Evaluation;

/// <summary>Flags the stored parcels in arrival order (no history, no register) and scores them against the demo world's planted truth.</summary>
public sealed class DemoParcelEvaluation(IDbContextFactory<WorkbenchDbContext> dbFactory, IParcelFlagger flagger)
{
    public sealed record Report(int Parcels, int PlantedRows, IReadOnlyList<FlagScore> Scores);

    public async Task<Report> RunAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var parcels = await db.Parcels.AsNoTracking().OrderBy(p => p.ArrivedOn).ThenBy(p => p.Id).ToListAsync(ct);
        var truthRows = await db.DemoGroundTruth.AsNoTracking().Where(t => t.EntityType == "Parcel").Select(t => new { t.EntityId, t.Pattern }).ToListAsync(ct);
        var trackingById = parcels.ToDictionary(p => p.Id, p => p.TrackingNumber);
        var manifest = parcels.Select(p => new ManifestParcel(p.TrackingNumber, p.ArrivedOn, p.PersonalCustomsCode, p.RecipientName, p.RecipientPhone,
            p.RecipientAddress, null, p.SenderName, p.OriginCountryCode, p.GoodsDescription, p.Quantity, (decimal)p.DeclaredValueUsd)).ToList();
        var flags = flagger.Flag([], manifest, new Dictionary<string, CodeRegistration>());
        var truth = PlantedFlagTruth.ByFlag(truthRows.Where(t => trackingById.ContainsKey(t.EntityId)).Select(t => (trackingById[t.EntityId], t.Pattern)));
        return new Report(parcels.Count, truthRows.Count, FlagScore.Score(flags, truth));
    }
}
