using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Records;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary><see cref="IParcelDeskOverview"/> over the parcel queue's own query, so each figure is what its link lists.</summary>
public sealed class ParcelDeskOverview(ParcelQueueQuery queue) : IParcelDeskOverview
{
    public async Task<IReadOnlyList<ClaimedParcel>> ClaimedByAsync(string userName, int take = 10, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName)) return [];
        var mine = new ParcelQueueFilter(View: ParcelQueueView.Mine);
        var page = await queue.GetPageAsync(mine, new PageRequest(0, Math.Clamp(take, 1, 50)), userName, ct);
        // "Mine" also lists what I decided and still follow; the home page lists what waits on me.
        return page.Items.Where(r => ParcelDeskService.CanDecide(r.Status))
            .Select(r => new ClaimedParcel(r.Id, r.TrackingNumber, r.ArrivedOn, r.Flags, ParcelQueueLinks.Parcel(r.Id, mine))).ToList();
    }

    public async Task<ParcelShiftCounts> ShiftCountsAsync(string? officeCode, CancellationToken ct = default)
    {
        var today = ParcelQueueFilter.Shift(await queue.OfficeIdAsync(officeCode, ct));
        var backlog = today with { Period = QueuePeriod.Backlog };
        return new ParcelShiftCounts(await CountAsync(today, ct), await CountAsync(backlog, ct),
            ParcelQueueLinks.Queue(today), ParcelQueueLinks.Queue(backlog));
    }

    private async Task<int> CountAsync(ParcelQueueFilter filter, CancellationToken ct) =>
        (await queue.GetPageAsync(filter, new PageRequest(0, 1), "", ct)).TotalCount;
}
