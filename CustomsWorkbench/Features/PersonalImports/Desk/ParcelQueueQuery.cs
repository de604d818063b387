using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Records;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

public sealed record ParcelOfficeOption(int Id, string NameEn, string NameKo);

/// <summary>
/// The parcel queue as pages. Filters, count and order run on Parcels' own columns and indexes ((Status, ArrivedOn),
/// RiskScore, SenderName, ParcelFlags (Code, ParcelId)); only the page's rows are joined to their office and flags, so a page stays
/// fast at a million parcels. Default order: newest arrival first.
/// </summary>
public class ParcelQueueQuery(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock)
{
    public const string SortArrived = nameof(ParcelQueueRow.ArrivedOn);
    public const string SortRisk = nameof(ParcelQueueRow.RiskScore);

    public async Task<Page<ParcelQueueRow>> GetPageAsync(ParcelQueueFilter filter, PageRequest page, string userName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var parcels = Filter(db, filter, userName, ShiftDay.Today(clock));
        var total = await parcels.CountAsync(ct);
        var size = Math.Clamp(page.PageSize, 1, PageRequest.MaxPageSize);
        var skip = Math.Max(0, page.Page) * size;
        var descending = page.SortBy is null || page.Descending;
        IQueryable<ExpressParcel> ordered = (page.SortBy == SortRisk, descending) switch
        {
            (true, true) => parcels.OrderByDescending(p => p.RiskScore).ThenByDescending(p => p.Id),
            (true, false) => parcels.OrderBy(p => p.RiskScore).ThenBy(p => p.Id),
            (false, true) => parcels.OrderByDescending(p => p.ArrivedOn).ThenByDescending(p => p.Id),
            _ => parcels.OrderBy(p => p.ArrivedOn).ThenBy(p => p.Id),
        };
        var ids = await ordered.Skip(skip).Take(size).Select(p => p.Id).ToListAsync(ct);
        var rows = await RowsAsync(db, ids, ct);
        return new Page<ParcelQueueRow>(rows, total);
    }

    /// <summary>The current state of one row (after a live event).</summary>
    public async Task<ParcelQueueRow?> GetRowAsync(int parcelId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return (await RowsAsync(db, [parcelId], ct)).SingleOrDefault();
    }

    /// <summary>
    /// The parcel an officer works next in the same view: the view's order (newest arrival first), after the current parcel
    /// when it is still in the view, else from the top; parcels someone else holds are skipped. Null when none is left.
    /// </summary>
    public async Task<int?> NextAsync(ParcelQueueFilter filter, int currentId, string userName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var view = Filter(db, filter, userName, ShiftDay.Today(clock));
        var current = await view.Where(p => p.Id == currentId).Select(p => new { p.ArrivedOn }).SingleOrDefaultAsync(ct);
        var candidates = view.Where(p => p.Id != currentId && (p.ClaimedBy == null || p.ClaimedBy == userName));
        if (current is not null)
            candidates = candidates.Where(p => p.ArrivedOn < current.ArrivedOn || (p.ArrivedOn == current.ArrivedOn && p.Id < currentId));
        return await candidates.OrderByDescending(p => p.ArrivedOn).ThenByDescending(p => p.Id)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Id of the office with this code (the user's OfficeCode claim), for the shift's default view; null when the code is
    /// unknown or the office clears no parcels (its staff then see every office's parcels rather than an empty desk).
    /// </summary>
    public async Task<int?> OfficeIdAsync(string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var id = await db.Offices.AsNoTracking().Where(o => o.Code == code).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        return id is { } office && await db.Parcels.AnyAsync(p => p.OfficeId == office, ct) ? id : null;
    }

    public async Task<IReadOnlyList<ParcelOfficeOption>> OfficesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Only offices that clear parcels: the list stays short.
        var used = await db.Parcels.AsNoTracking().Select(p => p.OfficeId).Distinct().ToListAsync(ct);
        return await db.Offices.AsNoTracking().Where(o => used.Contains(o.Id)).OrderBy(o => o.Code)
            .Select(o => new ParcelOfficeOption(o.Id, o.NameEn, o.NameKo)).ToListAsync(ct);
    }

    /// <summary>True when the row belongs to the view; lets a live event decide whether a row stays on an open queue.</summary>
    public static bool Matches(ParcelQueueFilter filter, ParcelQueueRow row, string userName) => filter.View switch
    {
        ParcelQueueView.Open => row.Status == ParcelStatus.Open,
        ParcelQueueView.Mine => row.ClaimedBy == userName,
        ParcelQueueView.HeldForDocuments => row.Status == ParcelStatus.HeldForDocuments,
        ParcelQueueView.AwaitingOutcome => row.Status is ParcelStatus.Inspecting or ParcelStatus.ReferredForMisuse,
        ParcelQueueView.Decided => row.Status is ParcelStatus.Cleared or ParcelStatus.Closed,
        _ => true,
    };

    private static IQueryable<ExpressParcel> Filter(WorkbenchDbContext db, ParcelQueueFilter f, string userName, DateOnly today)
    {
        var q = db.Parcels.AsNoTracking();
        q = f.View switch
        {
            ParcelQueueView.Open => q.Where(p => p.Status == ParcelStatus.Open),
            ParcelQueueView.Mine => q.Where(p => p.ClaimedBy == userName),
            ParcelQueueView.HeldForDocuments => q.Where(p => p.Status == ParcelStatus.HeldForDocuments),
            ParcelQueueView.AwaitingOutcome => q.Where(p => p.Status == ParcelStatus.Inspecting || p.Status == ParcelStatus.ReferredForMisuse),
            ParcelQueueView.Decided => q.Where(p => p.Status == ParcelStatus.Cleared || p.Status == ParcelStatus.Closed),
            _ => q,
        };
        if (!string.IsNullOrWhiteSpace(f.FlagCode))
        {
            var code = f.FlagCode.Trim();
            // "Id IN (flagged ids)": the flags' (Code, ParcelId) index yields the ids, instead of one probe per parcel,
            // which made a count over all statuses scan a million parcels.
            q = q.Where(p => db.ParcelFlags.Where(x => x.Code == code).Select(x => x.ParcelId).Contains(p.Id));
        }
        if (f.OfficeId is { } office) q = q.Where(p => p.OfficeId == office);
        if (!string.IsNullOrWhiteSpace(f.Seller))
        {
            // LIKE 'prefix%' on the NOCASE-collated, indexed column is a range seek in SQLite, case-insensitive as officers type.
            var pattern = LikePrefix(f.Seller.Trim());
            q = q.Where(p => EF.Functions.Like(p.SenderName, pattern, "\\"));
        }
        if (f.From is { } from) q = q.Where(p => p.ArrivedOn >= from);
        if (f.To is { } to) q = q.Where(p => p.ArrivedOn <= to);
        if (f.Period == QueuePeriod.Today) q = q.Where(p => p.ArrivedOn == today);
        else if (f.Period == QueuePeriod.Backlog) q = q.Where(p => p.ArrivedOn < today);
        return q;
    }

    private static string LikePrefix(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    private static async Task<List<ParcelQueueRow>> RowsAsync(WorkbenchDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var rows = await db.Parcels.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new ParcelQueueRow
        {
            Id = p.Id,
            TrackingNumber = p.TrackingNumber,
            ArrivedOn = p.ArrivedOn,
            RecipientName = p.RecipientName,
            PersonalCustomsCode = p.PersonalCustomsCode,
            SenderName = p.SenderName,
            Origin = p.OriginCountryCode,
            GoodsDescription = p.GoodsDescription,
            DeclaredValueUsd = p.DeclaredValueUsd,
            OfficeEn = p.Office!.NameEn,
            OfficeKo = p.Office!.NameKo,
            RiskScore = p.RiskScore,
            Status = p.Status,
            ClaimedBy = p.ClaimedBy,
        }).ToListAsync(ct);
        var flags = (await db.ParcelFlags.AsNoTracking().Where(f => ids.Contains(f.ParcelId)).Select(f => new { f.ParcelId, f.Code }).ToListAsync(ct))
            .ToLookup(f => f.ParcelId, f => f.Code);
        foreach (var row in rows) row.Flags = flags[row.Id].Distinct().Order().ToList();
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return rows.OrderBy(r => position[r.Id]).ToList();
    }
}
