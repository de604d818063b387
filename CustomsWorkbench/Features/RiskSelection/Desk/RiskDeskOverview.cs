using CustomsWorkbench.Components.Shared;
using CustomsWorkbench.Features.RiskSelection.Capacity;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// <see cref="IRiskDeskOverview"/> over the queue's own query (the counts are exactly what the linked queue views list)
/// and the capacity service.
/// </summary>
public sealed class RiskDeskOverview(
    IDbContextFactory<WorkbenchDbContext> factory, RiskQueueQuery queue, OfficeCapacityService capacity,
    IOptions<RiskDeskOptions> options, TimeProvider clock) : IRiskDeskOverview
{
    public async Task<IReadOnlyList<ClaimedDeclaration>> ClaimedByAsync(string userName, int take = 10, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName)) return [];
        take = Math.Clamp(take, 1, 50);
        var view = new QueueFilter(View: QueueView.Mine);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<DeclarationTriage>().AsNoTracking()
            .Where(t => t.ClaimedBy == userName && t.Status == TriageStatus.Claimed)
            .OrderByDescending(t => t.ClaimedAtUtc).ThenByDescending(t => t.DeclarationId).Take(take)
            .Join(db.Declarations, t => t.DeclarationId, d => d.Id, (t, d) => new { t.DeclarationId, d.Number, t.Date, t.RecommendedChannel, t.Score, t.ClaimedAtUtc })
            .ToListAsync(ct);
        return rows.Select(r => new ClaimedDeclaration(r.DeclarationId, r.Number, r.Date, r.RecommendedChannel.ToString(), r.Score, r.ClaimedAtUtc,
            QueueLinks.Dossier(r.DeclarationId, view))).ToList();
    }

    public async Task<RiskShiftCounts> ShiftCountsAsync(string? officeCode, CancellationToken ct = default)
    {
        var officeId = await queue.OfficeIdAsync(officeCode, ct);
        var shift = QueueFilter.Shift(officeId);
        var red = shift with { Channel = Channel.Red };
        var yellow = shift with { Channel = Channel.Yellow };
        var unclaimed = shift with { View = QueueView.Unclaimed };
        var target = options.Value.ServiceTargetMinutes;
        var overdueBefore = clock.GetUtcNow().UtcDateTime.AddMinutes(-target);
        var today = ShiftDay.Today(clock);

        await using var db = await factory.CreateDbContextAsync(ct);
        var open = db.Set<DeclarationTriage>().AsNoTracking()
            .Where(t => t.Date == today && (t.Status == TriageStatus.Open || t.Status == TriageStatus.Claimed));
        if (officeId is { } id) open = open.Where(t => t.OfficeId == id);
        var overdue = await open.CountAsync(t => t.ArrivedAtUtc != null && t.ArrivedAtUtc < overdueBefore, ct);

        var office = officeId is null ? null : (await queue.OfficesAsync(ct)).FirstOrDefault(o => o.Id == officeId);
        return new RiskShiftCounts(officeId, office?.NameEn, office?.NameKo, await CountAsync(red, ct), await CountAsync(yellow, ct), await CountAsync(unclaimed, ct),
            overdue, target, QueueLinks.Queue(red), QueueLinks.Queue(yellow), QueueLinks.Queue(unclaimed),
            // The queue's default order puts the oldest open work within reach; it has no "overdue" filter of its own.
            QueueLinks.Queue(shift));
    }

    public async Task<ReviewsWaiting> ReviewsWaitingAsync(int take = 5, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, 20);
        await using var db = await factory.CreateDbContextAsync(ct);
        var pending = db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.Review == ReviewStatus.Pending && t.DecidedChannel != null).Where(TriageFinality.Settled);
        var count = await pending.CountAsync(ct);
        var newest = await pending.OrderByDescending(t => t.DecidedAtUtc).Take(take)
            .Join(db.Declarations, t => t.DeclarationId, d => d.Id, (t, d) => new { t.DeclarationId, d.Number, t.DecidedBy, t.DecidedAtUtc })
            .ToListAsync(ct);
        return new ReviewsWaiting(count,
            newest.Select(r => new ReviewWaiting(r.DeclarationId, r.Number, r.DecidedBy ?? "", r.DecidedAtUtc, RecordHrefs.Declaration(r.DeclarationId))).ToList(),
            "risk/review");
    }

    public async Task<IReadOnlyList<OfficeLoad>> OfficeLoadAsync(CancellationToken ct = default) =>
        (await capacity.TodayAsync(ct))
            .Select(o => new OfficeLoad(o.OfficeId, o.OfficeCode, o.NameEn, o.NameKo, o.RedPerDay, o.RedUsed, o.YellowPerDay, o.YellowUsed, o.DeclarationsToday))
            .OrderByDescending(o => o.DeclarationsToday).ThenBy(o => o.OfficeCode).ToList();

    private async Task<int> CountAsync(QueueFilter filter, CancellationToken ct) =>
        (await queue.GetPageAsync(filter, new PageRequest(0, 1), "", ct)).TotalCount;
}
