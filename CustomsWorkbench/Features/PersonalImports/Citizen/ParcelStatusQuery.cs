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
        var people = await PeopleOfCodeAsync(db, p, ct);
        string Redact(string text) => PersonalDataMask.Redact(text, people.Names, people.Phones, people.Addresses);
        return new ParcelStatusView(p.Id, p.TrackingNumber, p.ArrivedOn, p.Status, Text("ParcelStatus_" + p.Status, English), Text("ParcelStatus_" + p.Status, Korean),
            PersonalDataMask.Name(p.RecipientName), p.RecipientPhone is null ? null : PersonalDataMask.Phone(p.RecipientPhone), p.GoodsDescription,
            (decimal)p.DeclaredValueUsd, p.OriginCountryCode,
            decision is null ? null : new ParcelDecisionView(decision.Action, Text("ParcelAction_" + decision.Action, English), Text("ParcelAction_" + decision.Action, Korean),
                decision.Outcome, decision.Note is null ? null : Redact(decision.Note), decision.DecidedBy, decision.DecidedAtUtc),
            flags.Select(f => new ParcelFlagView(f.Code, Text("Flag_" + f.Code, English), Text("Flag_" + f.Code, Korean), Redact(f.EvidenceEn), Redact(f.EvidenceKo),
                f.RelatedTrackingNumbers.Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList());
    }

    /// <summary>Cap on the other parcels of the same code whose recipients are masked in the evidence (evidence names at most a few).</summary>
    private const int MaxPeople = 500;

    /// <summary>Names, phones and addresses the evidence may quote: this parcel's, the code's other parcels' and its registration's.</summary>
    private static async Task<(List<string?> Names, List<string?> Phones, List<string?> Addresses)> PeopleOfCodeAsync(WorkbenchDbContext db, ExpressParcel p, CancellationToken ct)
    {
        var others = await db.Parcels.AsNoTracking().Where(o => o.PersonalCustomsCode == p.PersonalCustomsCode).OrderByDescending(o => o.Id).Take(MaxPeople)
            .Select(o => new { o.RecipientName, o.RecipientPhone, o.RecipientAddress }).ToListAsync(ct);
        var registered = await db.RegisteredCodes.AsNoTracking().Where(r => r.PersonalCustomsCode == p.PersonalCustomsCode)
            .Select(r => new { r.HolderName, r.Phone, Addresses = r.Addresses.Select(a => a.Address).ToList() }).ToListAsync(ct);
        return ([p.RecipientName, .. others.Select(o => o.RecipientName), .. registered.Select(r => r.HolderName)],
            [p.RecipientPhone, .. others.Select(o => o.RecipientPhone), .. registered.Select(r => r.Phone)],
            [p.RecipientAddress, .. others.Select(o => o.RecipientAddress), .. registered.SelectMany(r => r.Addresses)]);
    }

    private static string Text(string key, CultureInfo culture) => Strings.GetString(key, culture) ?? key;
}
