using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// After a manifest import commits: judges the arrived parcels with <see cref="IParcelFlagger"/> against the stored
/// parcels of the last <see cref="PersonalImportsOptions.FlagHistoryDays"/> days and the code register, and stores the
/// flags. A repeated delivery replaces the parcels' flags rather than adding them twice.
/// </summary>
public sealed class ParcelFlagging(IDbContextFactory<WorkbenchDbContext> factory, IParcelFlagger flagger, IOptions<PersonalImportsOptions> options)
    : IParcelArrivalSink
{
    public async Task OnParcelsArrivedAsync(IReadOnlyList<int> parcelIds, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var arriving = await db.Parcels.AsNoTracking().Where(p => parcelIds.Contains(p.Id)).OrderBy(p => p.ArrivedOn).ThenBy(p => p.Id).ToListAsync(ct);
        if (arriving.Count == 0) return;
        var from = arriving[0].ArrivedOn.AddDays(-options.Value.FlagHistoryDays);
        var until = arriving[^1].ArrivedOn;
        var ids = arriving.Select(p => p.Id).ToHashSet();
        var history = (await db.Parcels.AsNoTracking().Where(p => p.ArrivedOn >= from && p.ArrivedOn <= until).OrderBy(p => p.ArrivedOn).ThenBy(p => p.Id).ToListAsync(ct))
            .Where(p => !ids.Contains(p.Id)).Select(ParcelEntities.ToManifestParcel).ToList();
        var codes = arriving.Select(p => p.PersonalCustomsCode).Distinct().ToList();
        var register = await CodeRegisterReader.ForCodesAsync(db, codes, ct);

        var flags = flagger.Flag(history, arriving.Select(ParcelEntities.ToManifestParcel).ToList(), register);

        var now = DateTime.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in parcelIds.Chunk(1000))
        {
            // Citizen-report flags come from a recorded report, not from the manifest: a repeated delivery keeps them.
            await db.ParcelFlags.Where(f => chunk.Contains(f.ParcelId) && f.Code != ParcelFlagCodes.CitizenReport).ExecuteDeleteAsync(ct);
        }
        foreach (var parcel in arriving)
        {
            foreach (var flag in flags.GetValueOrDefault(parcel.TrackingNumber) ?? [])
            {
                db.ParcelFlags.Add(ToRecord(parcel.Id, flag, now));
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static ParcelFlagRecord ToRecord(int parcelId, ParcelFlag flag, DateTime now) => new()
    {
        ParcelId = parcelId,
        Code = Cut(flag.Code, FieldLimits.Kind),
        EvidenceEn = Cut(flag.EvidenceEn, FieldLimits.Reason),
        EvidenceKo = Cut(flag.EvidenceKo, FieldLimits.Reason),
        // A code used by hundreds of recipients would name them all; the evidence text carries the count.
        RelatedTrackingNumbers = Cut(string.Join(';', flag.RelatedTrackingNumbers), FieldLimits.Note),
        RaisedAtUtc = now,
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
