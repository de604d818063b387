using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Tip;

public sealed record TipSettingsView(bool Enabled, double Share, string UpdatedBy, DateTime UpdatedAtUtc);

/// <summary>What the officer is told after completing a review of a scan that carried a projection.</summary>
public sealed record TipFeedback(bool Hit, string Class);

/// <summary>
/// One officer's TIP record (projections shown and completed, hit rate, false alarms per completed projection, median seconds
/// on projected scans) and time per scan over all their completed reviews.
/// </summary>
public sealed record TipOfficerStats(string Officer, int Shown, int Completed, double HitRate, double FalseAlarmRate, double? MedianSeconds,
    int Reviews = 0, double? MedianReviewSeconds = null);

/// <summary>
/// Threat Image Projection: supervisor settings (audited), projecting a threat into the images an officer opens, and
/// scoring the officer when the review is completed.
/// </summary>
public sealed class TipService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, ScanStore store, TimeProvider clock, Review.ReviewTimings timings)
{
    // High and low images are fetched together; one projection per scan and officer must come out of it.
    private readonly SemaphoreSlim _projecting = new(1, 1);

    public async Task<TipSettingsView> GetSettingsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var s = await db.Set<TipSettings>().AsNoTracking().SingleOrDefaultAsync(ct) ?? new TipSettings();
        return new TipSettingsView(s.Enabled, s.Share, s.UpdatedBy, s.UpdatedAtUtc);
    }

    public async Task<TipSettingsView> SaveSettingsAsync(bool enabled, double share, string supervisor, CancellationToken ct = default)
    {
        share = Math.Clamp(share, 0, 1);
        await using var db = await factory.CreateDbContextAsync(ct);
        var s = await db.Set<TipSettings>().SingleOrDefaultAsync(ct);
        if (s is null) db.Add(s = new TipSettings());
        var before = new { s.Enabled, s.Share };
        (s.Enabled, s.Share, s.UpdatedBy, s.UpdatedAtUtc) = (enabled, share, supervisor, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(supervisor, "xray.tip-settings", "TipSettings", "1", new { before, after = new { enabled, share } }), ct);
        return new TipSettingsView(s.Enabled, s.Share, s.UpdatedBy, s.UpdatedAtUtc);
    }

    /// <summary>
    /// The image file to serve this officer instead of the scan's own, or null for the scan's own. Decides (stably per scan
    /// and officer) whether the scan gets a projection while it is still to be reviewed, and records it.
    /// </summary>
    public async Task<string?> ImageFileAsync(int scanId, bool lowEnergy, string officer, CancellationToken ct = default)
    {
        var existing = await FindAsync(scanId, officer, ct);
        if (existing is null)
        {
            var settings = await GetSettingsAsync(ct);
            if (!settings.Enabled || !TipScoring.Selected(scanId, officer, settings.Share)) return null;
            await _projecting.WaitAsync(ct);
            try { existing = await FindAsync(scanId, officer, ct) ?? await ProjectAsync(scanId, officer, ct); }
            finally { _projecting.Release(); }
            if (existing is null) return null;
        }
        return lowEnergy ? existing.LowEnergyFile ?? existing.HighEnergyFile : existing.HighEnergyFile;
    }

    private async Task<TipProjection?> FindAsync(int scanId, string officer, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<TipProjection>().AsNoTracking().SingleOrDefaultAsync(p => p.ScanId == scanId && p.Officer == officer, ct);
    }

    private async Task<TipProjection?> ProjectAsync(int scanId, string officer, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scan = await db.Set<Scan>().AsNoTracking().Include(s => s.Findings).SingleOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null || scan.ReviewedAtUtc is not null || scan.HighEnergyFile is null) return null;
        var high = await store.LoadAsync(scan.HighEnergyFile, ct);
        if (high is null) return null;
        var low = scan.LowEnergyFile is null || scan.LowEnergyFile == scan.HighEnergyFile ? null : await store.LoadAsync(scan.LowEnergyFile, ct);
        var subject = scan.ConsignmentKind == ConsignmentKind.Parcel ? ScanSubject.Parcel : ScanSubject.Container;
        var avoid = scan.Findings.Select(f => new Box(f.X, f.Y, f.Width, f.Height)).ToList();
        if (TipCompositor.Project(high, low, subject, avoid, (int)(TipScoring.Hash(scanId, officer) >> 33)) is not { } threat) return null;
        var projection = new TipProjection
        {
            ScanId = scanId, Officer = officer, Class = threat.Class,
            X = (int)Math.Round(threat.Box.X), Y = (int)Math.Round(threat.Box.Y), Width = (int)Math.Round(threat.Box.Width), Height = (int)Math.Round(threat.Box.Height),
            HighEnergyFile = await store.SaveAsync(threat.High, ct),
            LowEnergyFile = threat.Low is null ? null : await store.SaveAsync(threat.Low, ct),
            ProjectedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(projection);
        await db.SaveChangesAsync(ct);
        return projection;
    }

    /// <summary>Scores the officer's review of a scan that carried a projection (once); null if it carried none.</summary>
    public async Task<TipFeedback?> CompleteAsync(int scanId, string officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var projection = await db.Set<TipProjection>().SingleOrDefaultAsync(p => p.ScanId == scanId && p.Officer == officer, ct);
        if (projection is null) return null;
        if (projection.Hit is { } scored) return new TipFeedback(scored, projection.Class);
        var annotations = await db.Set<ScanAnnotation>().AsNoTracking()
            .Where(a => a.ScanId == scanId && a.Officer == officer && (a.Kind == AnnotationKind.Confirm || a.Kind == AnnotationKind.Drawn)).ToListAsync(ct);
        var threat = new Box(projection.X, projection.Y, projection.Width, projection.Height);
        var score = TipScoring.Score(threat,
            annotations.Select(a => new Box(a.X, a.Y, a.Width, a.Height)),
            annotations.Where(a => a.Kind == AnnotationKind.Drawn).Select(a => new Box(a.X, a.Y, a.Width, a.Height)));
        var now = clock.GetUtcNow().UtcDateTime;
        (projection.Hit, projection.FalseAlarms, projection.CompletedAtUtc, projection.SecondsToComplete) =
            (score.Hit, score.FalseAlarms, now, Math.Max(0, (now - projection.ProjectedAtUtc).TotalSeconds));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(officer, score.Hit ? "xray.tip-hit" : "xray.tip-missed", "Scan", scanId.ToString(),
            new { projection.Id, projection.Class, score.FalseAlarms, projection.SecondsToComplete }), ct);
        return new TipFeedback(score.Hit, projection.Class);
    }

    /// <summary>
    /// Per officer (anyone with a projection or a completed review): projections shown, hit rate and false alarms per
    /// completed projection, median seconds on projected scans, and reviews completed with their median seconds per scan.
    /// </summary>
    public async Task<IReadOnlyList<TipOfficerStats>> StatsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = (await db.Set<TipProjection>().AsNoTracking().ToListAsync(ct)).ToLookup(r => r.Officer);
        var reviews = (await timings.PerOfficerAsync(ct)).ToDictionary(r => r.Officer);
        return rows.Select(g => g.Key).Union(reviews.Keys).Order(StringComparer.Ordinal).Select(officer =>
        {
            var shown = rows[officer].ToList();
            var done = shown.Where(r => r.Hit is not null).ToList();
            var seconds = done.Where(r => r.SecondsToComplete is not null).Select(r => r.SecondsToComplete!.Value).Order().ToList();
            var review = reviews.GetValueOrDefault(officer);
            return new TipOfficerStats(officer, shown.Count, done.Count,
                done.Count == 0 ? 0 : done.Count(r => r.Hit == true) / (double)done.Count,
                done.Count == 0 ? 0 : done.Sum(r => r.FalseAlarms) / (double)done.Count,
                Median(seconds), review?.Completed ?? 0, review?.MedianSeconds);
        }).ToList();
    }

    internal static double? Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
