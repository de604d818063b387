using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>Per officer: completed reviews and the median seconds from opening a scan to completing it.</summary>
public sealed record OfficerReviewTime(string Officer, int Completed, double? MedianSeconds);

/// <summary>Records when an officer opens a scan's images and when they complete its review.</summary>
public sealed class ReviewTimings(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock)
{
    /// <summary>Notes the first time this officer fetched the scan's pixels (later fetches change nothing).</summary>
    public async Task OpenedAsync(int scanId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Set<ReviewTiming>().AnyAsync(t => t.ScanId == scanId && t.Officer == officer, ct)) return;
        db.Add(new ReviewTiming { ScanId = scanId, Officer = officer, OpenedAtUtc = clock.GetUtcNow().UtcDateTime });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { /* High and low images arrive together: the other request recorded the opening. */ }
    }

    /// <summary>Completes the officer's timing of the scan; a review completed without opening the pixels has no duration.</summary>
    public async Task<double?> CompletedAsync(int scanId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var timing = await db.Set<ReviewTiming>().SingleOrDefaultAsync(t => t.ScanId == scanId && t.Officer == officer, ct);
        if (timing is null) db.Add(timing = new ReviewTiming { ScanId = scanId, Officer = officer, OpenedAtUtc = now });
        else if (timing.CompletedAtUtc is null) timing.Seconds = Math.Max(0, (now - timing.OpenedAtUtc).TotalSeconds);
        timing.CompletedAtUtc ??= now;
        await db.SaveChangesAsync(ct);
        return timing.Seconds;
    }

    public async Task<IReadOnlyList<OfficerReviewTime>> PerOfficerAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<ReviewTiming>().AsNoTracking().Where(t => t.CompletedAtUtc != null).ToListAsync(ct);
        return rows.GroupBy(r => r.Officer).OrderBy(g => g.Key).Select(g => new OfficerReviewTime(g.Key, g.Count(),
            Tip.TipService.Median(g.Where(r => r.Seconds is not null).Select(r => r.Seconds!.Value).Order().ToList()))).ToList();
    }
}
