using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Records;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

public sealed record OfficeOption(int Id, string NameEn, string NameKo);

/// <summary>
/// The risk queue as pages: filters and the count run on DeclarationTriage alone (its indexes), and only the page's
/// rows are joined to their declaration, importer and office. Default order: highest score first.
/// </summary>
public class RiskQueueQuery(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock)
{
    /// <summary>Grid columns that may be sorted, and the DeclarationTriage column each sorts on: a sort never orders a million-row join.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        [nameof(QueueRow.Score)] = nameof(DeclarationTriage.Score),
        [nameof(QueueRow.Date)] = nameof(DeclarationTriage.Date),
        [nameof(QueueRow.TariffCode)] = nameof(DeclarationTriage.MainTariffCode),
        [nameof(QueueRow.Channel)] = nameof(DeclarationTriage.RecommendedChannel),
        [nameof(QueueRow.Status)] = nameof(DeclarationTriage.Status),
        [nameof(QueueRow.ClaimedBy)] = nameof(DeclarationTriage.ClaimedBy),
    };

    public async Task<Page<QueueRow>> GetPageAsync(QueueFilter filter, PageRequest page, string userName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var triage = await FilterAsync(db, filter, userName, ShiftDay.Today(clock), ct);
        var total = await triage.CountAsync(ct);
        var size = Math.Clamp(page.PageSize, 1, PageRequest.MaxPageSize);
        var sortBy = page.SortBy is { } s && SortColumns.ContainsKey(s) ? s : nameof(QueueRow.Score);
        var descending = page.SortBy == sortBy ? page.Descending : true;

        // Two steps: the page's ids come from DeclarationTriage's indexes alone (no join for rows that are skipped),
        // then only those rows are joined to declaration, importer and office.
        var ordered = (IOrderedQueryable<DeclarationTriage>)triage.OrderByMember(SortColumns[sortBy], descending, nameof(DeclarationTriage.Score), true);
        ordered = descending ? ordered.ThenByDescending(t => t.DeclarationId) : ordered.ThenBy(t => t.DeclarationId);
        var ids = await ordered.Skip(Math.Max(0, page.Page) * size).Take(size).Select(t => t.DeclarationId).ToListAsync(ct);
        var rows = await Project(db, db.Set<DeclarationTriage>().AsNoTracking().Where(t => ids.Contains(t.DeclarationId))).ToListAsync(ct);
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return new Page<QueueRow>(rows.OrderBy(r => position[r.DeclarationId]).ToList(), total);
    }

    /// <summary>
    /// The item an officer works next in the same view: the view's order (highest score first), after the current item when
    /// it is still in the view, else from the top; items someone else has claimed are skipped. Null when none is left.
    /// </summary>
    public async Task<int?> NextAsync(QueueFilter filter, int currentId, string userName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var view = await FilterAsync(db, filter, userName, ShiftDay.Today(clock), ct);
        var current = await view.Where(t => t.DeclarationId == currentId).Select(t => new { t.Score }).SingleOrDefaultAsync(ct);
        var candidates = view.Where(t => t.DeclarationId != currentId && (t.Status != TriageStatus.Claimed || t.ClaimedBy == userName));
        if (current is not null)
            candidates = candidates.Where(t => t.Score < current.Score || (t.Score == current.Score && t.DeclarationId < currentId));
        return await candidates.OrderByDescending(t => t.Score).ThenByDescending(t => t.DeclarationId)
            .Select(t => (int?)t.DeclarationId).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<OfficeOption>> OfficesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Offices.AsNoTracking().OrderBy(o => o.Code).Select(o => new OfficeOption(o.Id, o.NameEn, o.NameKo)).ToListAsync(ct);
    }

    /// <summary>The current state of one row (used after a live "scored" or "changed" event).</summary>
    public async Task<QueueRow?> GetRowAsync(int declarationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Project(db, db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.DeclarationId == declarationId)).SingleOrDefaultAsync(ct);
    }

    /// <summary>True when the row passes the filter; lets a live event decide whether a row stays on an open view.</summary>
    public static bool Matches(QueueFilter filter, QueueRow row, string userName) => filter.View switch
    {
        QueueView.Active => row.Status is TriageStatus.Open or TriageStatus.Claimed,
        QueueView.Unclaimed => row.Status == TriageStatus.Open,
        QueueView.Mine => row.ClaimedBy == userName && row.Status is TriageStatus.Claimed or TriageStatus.Decided,
        QueueView.ClaimedByOthers => row.Status == TriageStatus.Claimed && row.ClaimedBy != userName,
        QueueView.AwaitingOutcome => row.Status == TriageStatus.Decided,
        QueueView.Closed => row.Status == TriageStatus.Closed,
        _ => true,
    };

    /// <summary>The office with this code (the signed-in officer's), or null.</summary>
    public async Task<int?> OfficeIdAsync(string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Offices.AsNoTracking().Where(o => o.Code == code).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
    }

    private static async Task<IQueryable<DeclarationTriage>> FilterAsync(WorkbenchDbContext db, QueueFilter f, string userName, DateOnly today, CancellationToken ct)
    {
        var q = db.Set<DeclarationTriage>().AsNoTracking();
        q = f.View switch
        {
            QueueView.Active => q.Where(t => t.Status == TriageStatus.Open || t.Status == TriageStatus.Claimed),
            QueueView.Unclaimed => q.Where(t => t.Status == TriageStatus.Open),
            QueueView.Mine => q.Where(t => t.ClaimedBy == userName && (t.Status == TriageStatus.Claimed || t.Status == TriageStatus.Decided)),
            QueueView.ClaimedByOthers => q.Where(t => t.Status == TriageStatus.Claimed && t.ClaimedBy != userName),
            QueueView.AwaitingOutcome => q.Where(t => t.Status == TriageStatus.Decided),
            QueueView.Closed => q.Where(t => t.Status == TriageStatus.Closed),
            _ => q,
        };
        if (f.Channel is { } channel) q = q.Where(t => t.RecommendedChannel == channel);
        if (f.OfficeId is { } office) q = q.Where(t => t.OfficeId == office);
        if (!string.IsNullOrWhiteSpace(f.TariffPrefix))
        {
            // A range instead of LIKE: SQLite uses the (MainTariffCode, Score) index for it.
            var low = f.TariffPrefix.Trim();
            var high = low + "\uffff";
            q = q.Where(t => string.Compare(t.MainTariffCode, low) >= 0 && string.Compare(t.MainTariffCode, high) < 0);
        }
        if (!string.IsNullOrWhiteSpace(f.Importer))
        {
            // Importers are few next to declarations: resolve the text to ids first, then filter the queue by index.
            var text = f.Importer.Trim();
            var ids = await db.Importers.AsNoTracking()
                .Where(i => i.Code.StartsWith(text) || i.Name.Contains(text))
                .Select(i => i.Id).Take(500).ToListAsync(ct);
            q = q.Where(t => ids.Contains(t.ImporterId));
        }
        if (f.MinScore is { } min) q = q.Where(t => t.Score >= min);
        if (f.MaxScore is { } max) q = q.Where(t => t.Score <= max);
        if (f.From is { } from) q = q.Where(t => t.Date >= from);
        if (f.To is { } to) q = q.Where(t => t.Date <= to);
        if (f.Period == QueuePeriod.Today) q = q.Where(t => t.Date == today);
        else if (f.Period == QueuePeriod.Backlog) q = q.Where(t => t.Date < today);
        return q;
    }

    private static IQueryable<QueueRow> Project(WorkbenchDbContext db, IQueryable<DeclarationTriage> triage) =>
        from t in triage
        join d in db.Declarations on t.DeclarationId equals d.Id
        select new QueueRow
        {
            DeclarationId = t.DeclarationId,
            Number = d.Number,
            Date = t.Date,
            ImporterId = d.ImporterId,
            ImporterCode = d.Importer!.Code,
            ImporterName = d.Importer!.Name,
            OfficeEn = d.Office!.NameEn,
            OfficeKo = d.Office!.NameKo,
            TariffCode = t.MainTariffCode,
            Origin = d.OriginCountryCode,
            TotalCif = d.TotalCif,
            Score = t.Score,
            Channel = t.RecommendedChannel,
            Reason = t.Reason,
            ModelVersion = t.ModelVersion,
            Status = t.Status,
            ClaimedBy = t.ClaimedBy,
            DecidedChannel = t.DecidedChannel,
            ArrivedAtUtc = t.ArrivedAtUtc,
            DecidedAtUtc = t.DecidedAtUtc,
        };
}
