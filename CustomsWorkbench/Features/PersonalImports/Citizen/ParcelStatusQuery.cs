using System.Globalization;
using System.Resources;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>
/// <see cref="IParcelStatusQuery"/> on the stored parcels: the status and latest decision in both languages, the flags with
/// their evidence, and the recipient masked (no address at all) since the answer may be read out to a caller.
/// </summary>
public sealed class ParcelStatusQuery(IDbContextFactory<WorkbenchDbContext> factory) : IParcelStatusQuery
{
    private static readonly ResourceManager Strings = new(typeof(CitizenStrings));
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko");

    public async Task<ParcelStatusView?> ByTrackingNumberAsync(string trackingNumber, CancellationToken ct = default)
    {
        var t = (trackingNumber ?? "").Trim().ToUpperInvariant();
        if (t.Length == 0 || t.Length > Platform.Validation.FieldLimits.Code) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ViewAsync(db, db.Parcels.Where(p => p.TrackingNumber == t), ct);
    }

    public async Task<ParcelStatusView?> ByIdAsync(int parcelId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ViewAsync(db, db.Parcels.Where(p => p.Id == parcelId), ct);
    }

    private static async Task<ParcelStatusView?> ViewAsync(WorkbenchDbContext db, IQueryable<ExpressParcel> query, CancellationToken ct)
    {
        var p = await query.AsNoTracking().SingleOrDefaultAsync(ct);
        if (p is null) return null;
        var decision = await db.ParcelDecisions.AsNoTracking().Where(d => d.ParcelId == p.Id).OrderByDescending(d => d.DecidedAtUtc).ThenByDescending(d => d.Id)
            .FirstOrDefaultAsync(ct);
        var flags = await db.ParcelFlags.AsNoTracking().Where(f => f.ParcelId == p.Id).OrderBy(f => f.Id).ToListAsync(ct);
        return new ParcelStatusView(p.Id, p.TrackingNumber, p.ArrivedOn, p.Status, Text("ParcelStatus_" + p.Status, English), Text("ParcelStatus_" + p.Status, Korean),
            PersonalDataMask.Name(p.RecipientName), p.RecipientPhone is null ? null : PersonalDataMask.Phone(p.RecipientPhone), p.GoodsDescription,
            (decimal)p.DeclaredValueUsd, p.OriginCountryCode,
            decision is null ? null : new ParcelDecisionView(decision.Action, Text("ParcelAction_" + decision.Action, English), Text("ParcelAction_" + decision.Action, Korean),
                decision.Outcome, decision.Note, decision.DecidedBy, decision.DecidedAtUtc),
            flags.Select(f => new ParcelFlagView(f.Code, f.EvidenceEn, f.EvidenceKo,
                f.RelatedTrackingNumbers.Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList());
    }

    private static string Text(string key, CultureInfo culture) => Strings.GetString(key, culture) ?? key;
}
