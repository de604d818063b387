using CustomsWorkbench.Features.PersonalImports.Duty;
using CustomsWorkbench.Features.PersonalImports.Holds;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>Reads a <see cref="ParcelDossier"/>: all lookups go by the parcel's id, its code (indexed) or tracking numbers (unique index).</summary>
public class ParcelDossierQuery(IDbContextFactory<WorkbenchDbContext> factory, IDutyEstimator duty)
{
    /// <summary>How many of the code's other parcels the page lists (the total is shown beside them).</summary>
    public const int HistoryShown = 100;

    public async Task<ParcelDossier?> GetAsync(int parcelId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var p = await db.Parcels.AsNoTracking().Include(x => x.Office).SingleOrDefaultAsync(x => x.Id == parcelId, ct);
        if (p is null) return null;

        var onCode = await db.Parcels.AsNoTracking().Where(x => x.PersonalCustomsCode == p.PersonalCustomsCode)
            .Select(x => new { x.Id, x.TrackingNumber, x.ArrivedOn, x.RecipientName, x.RecipientPhone, x.RecipientAddress, x.SenderName,
                x.GoodsDescription, x.DeclaredValueUsd, x.Status, x.OriginCountryCode, x.ValueInCurrency, x.Currency })
            .ToListAsync(ct);
        var registration = await db.Set<RegisteredCode>().AsNoTracking().Include(c => c.Addresses)
            .FirstOrDefaultAsync(c => c.PersonalCustomsCode == p.PersonalCustomsCode, ct);
        var registeredAddresses = registration?.Addresses.Select(a => a.Address).Distinct().ToList() ?? [];

        IReadOnlyList<IdentityValue> Picture(IEnumerable<(string? Value, DateOnly Day)> seen, Func<string, bool> registered) =>
            seen.Where(s => !string.IsNullOrWhiteSpace(s.Value)).GroupBy(s => s.Value!.Trim())
                .Select(g => new IdentityValue(g.Key, g.Count(), g.Min(s => s.Day), g.Max(s => s.Day), registered(g.Key)))
                .OrderByDescending(v => v.Count).ThenBy(v => v.FirstSeen).ToList();
        var identity = new CodeIdentity(p.PersonalCustomsCode, onCode.Count,
            Picture(onCode.Select(x => ((string?)x.RecipientName, x.ArrivedOn)), v => registration?.HolderName == v),
            Picture(onCode.Select(x => (x.RecipientPhone, x.ArrivedOn)), v => registration?.Phone == v),
            Picture(onCode.Select(x => (x.RecipientAddress, x.ArrivedOn)), v => registeredAddresses.Contains(v)),
            registration?.HolderName, registration?.Phone, registeredAddresses);

        var others = onCode.Where(x => x.Id != p.Id).OrderByDescending(x => x.ArrivedOn).ThenByDescending(x => x.Id).ToList();
        var history = others.Take(HistoryShown)
            .Select(x => new CodeHistoryParcel(x.Id, x.TrackingNumber, x.ArrivedOn, x.RecipientName, x.SenderName, x.GoodsDescription, x.DeclaredValueUsd, x.Status))
            .ToList();

        var flags = await FlagsAsync(db, parcelId, ct);
        var decisions = await db.Set<ParcelDecision>().AsNoTracking().Where(d => d.ParcelId == parcelId)
            .OrderByDescending(d => d.DecidedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new ParcelDecisionView(d.Id, d.Action, d.Outcome, d.Note, d.DecidedBy, d.DecidedAtUtc, d.OutcomeBy, d.OutcomeAtUtc, d.Source))
            .ToListAsync(ct);

        // Combined taxation: the same code's other parcels arriving the same day from the same country.
        var sameDay = onCode.Where(x => x.Id != p.Id && x.ArrivedOn == p.ArrivedOn && x.OriginCountryCode == p.OriginCountryCode)
            .Select(x => (decimal)x.DeclaredValueUsd).ToList();
        var question = new DutyQuestion(p.GoodsDescription, (decimal)(p.ValueInCurrency ?? p.DeclaredValueUsd),
            p.ValueInCurrency is null ? "USD" : p.Currency ?? "USD", p.OriginCountryCode, p.ArrivedOn, p.HsCode, sameDay);
        DutyAnswer? answer = null;
        string? unavailableEn = null, unavailableKo = null;
        try
        {
            answer = await duty.EstimateAsync(question, ct);
        }
        catch (DutyEstimateUnavailableException e)
        {
            (unavailableEn, unavailableKo) = (e.Message, e.MessageKo);
        }

        var header = new ParcelHeader(p.Id, p.TrackingNumber, p.Status, p.RecipientName, p.PersonalCustomsCode, p.RecipientPhone, p.RecipientAddress,
            p.PostalCode, p.SenderName, p.OriginCountryCode, p.GoodsDescription, p.Quantity, p.DeclaredValueUsd, p.Currency, p.ValueInCurrency,
            p.HsCode, p.ArrivedOn, p.Office?.NameEn ?? "", p.Office?.NameKo ?? "", p.RiskScore, p.RiskModelVersion, p.DeskVersion, p.ClaimedBy);
        var holds = await ParcelHoldService.HoldsAsync(db, parcelId, ct);
        return new ParcelDossier(header, identity, history, others.Count, flags, answer, unavailableEn, unavailableKo, decisions, holds);
    }

    /// <summary>The parcel's flags, each related tracking number resolved to the stored parcel it names.</summary>
    private static async Task<IReadOnlyList<ParcelFlagView>> FlagsAsync(WorkbenchDbContext db, int parcelId, CancellationToken ct)
    {
        var records = await db.ParcelFlags.AsNoTracking().Where(f => f.ParcelId == parcelId).OrderBy(f => f.Code).ToListAsync(ct);
        var tracking = records.SelectMany(f => f.RelatedTrackingNumbers.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct().ToList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in tracking.Chunk(500))
        {
            foreach (var x in await db.Parcels.AsNoTracking().Where(p => chunk.Contains(p.TrackingNumber)).Select(p => new { p.TrackingNumber, p.Id }).ToListAsync(ct))
                ids[x.TrackingNumber] = x.Id;
        }
        return records.Select(f => new ParcelFlagView(f.Code, f.EvidenceEn, f.EvidenceKo,
            f.RelatedTrackingNumbers.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => new RelatedParcel(t, ids.TryGetValue(t, out var id) ? id : null)).ToList())).ToList();
    }
}
