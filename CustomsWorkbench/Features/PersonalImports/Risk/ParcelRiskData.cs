using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>A parcel as the risk model sees it: when it arrived and, if it was inspected or referred with a known outcome, what was found.</summary>
public sealed record ParcelRiskRecord(int Id, string TrackingNumber, DateOnly Day, bool? Irregular);

/// <summary>Parcels in arrival order with their features (count × <see cref="ParcelRiskFeatures.Count"/>), index-aligned.</summary>
public sealed record ParcelRiskDataset(IReadOnlyList<ParcelRiskRecord> Records, float[] Features)
{
    public static readonly ParcelRiskDataset Empty = new([], []);

    public ReadOnlySpan<float> Row(int i) => Features.AsSpan(i * ParcelRiskFeatures.Count, ParcelRiskFeatures.Count);
}

/// <summary>
/// Loads parcels with their features from the database: the flags are recomputed with the flag rules (with the code
/// register) rather than read from the stored flags, so features do not depend on whether the flagging sink ran first.
/// </summary>
public sealed class ParcelRiskData(IDbContextFactory<WorkbenchDbContext> factory, IParcelFlagger flagger)
{
    /// <summary>Every stored parcel.</summary>
    public Task<ParcelRiskDataset> LoadAllAsync(CancellationToken ct) => LoadAsync(null, ct);

    /// <summary>
    /// The parcels of <paramref name="ids"/> with features computed over their history (<see cref="ParcelFeatureBuilder.HistoryDays"/>
    /// days before the earliest of them, up to the latest), returned alone.
    /// </summary>
    public async Task<ParcelRiskDataset> LoadForAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return ParcelRiskDataset.Empty;
        await using var db = await factory.CreateDbContextAsync(ct);
        DateOnly first = DateOnly.MaxValue, last = DateOnly.MinValue;
        foreach (var chunk in ids.Chunk(1000))
        {
            var days = await db.Parcels.Where(p => chunk.Contains(p.Id)).Select(p => p.ArrivedOn).Distinct().ToListAsync(ct);
            foreach (var d in days)
            {
                if (d < first) first = d;
                if (d > last) last = d;
            }
        }
        if (first == DateOnly.MaxValue) return ParcelRiskDataset.Empty;
        var window = await LoadAsync((first.AddDays(-ParcelFeatureBuilder.HistoryDays), last), ct);
        var wanted = ids.ToHashSet();
        var keep = Enumerable.Range(0, window.Records.Count).Where(i => wanted.Contains(window.Records[i].Id)).ToList();
        var features = new float[keep.Count * ParcelRiskFeatures.Count];
        for (var k = 0; k < keep.Count; k++) window.Row(keep[k]).CopyTo(features.AsSpan(k * ParcelRiskFeatures.Count));
        return new ParcelRiskDataset(keep.Select(i => window.Records[i]).ToList(), features);
    }

    private async Task<ParcelRiskDataset> LoadAsync((DateOnly From, DateOnly To)? range, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Parcels.AsNoTracking();
        if (range is { } r) query = query.Where(p => p.ArrivedOn >= r.From && p.ArrivedOn <= r.To);
        var parcels = await query.OrderBy(p => p.ArrivedOn).ThenBy(p => p.Id).ToListAsync(ct);
        if (parcels.Count == 0) return ParcelRiskDataset.Empty;
        var labels = await LabelsAsync(db, range, ct);
        var register = await CodeRegisterReader.ForCodesAsync(db, parcels.Select(p => p.PersonalCustomsCode).Distinct().ToList(), ct);
        var manifest = parcels.Select(ParcelEntities.ToManifestParcel).ToList();
        var flags = flagger.Flag([], manifest, register);
        var records = parcels.Select(p => new ParcelRiskRecord(p.Id, p.TrackingNumber, p.ArrivedOn, labels.TryGetValue(p.Id, out var l) ? l : null)).ToList();
        return new ParcelRiskDataset(records, ParcelFeatureBuilder.Build(manifest, flags));
    }

    /// <summary>
    /// The labels: parcels inspected or referred for misuse whose outcome is known; irregular when any such decision found
    /// an irregularity. Cleared and held parcels, and pending outcomes, are not labels.
    /// </summary>
    public static async Task<Dictionary<int, bool>> LabelsAsync(WorkbenchDbContext db, (DateOnly From, DateOnly To)? range, CancellationToken ct)
    {
        var decisions = db.ParcelDecisions.AsNoTracking()
            .Where(d => (d.Action == ParcelAction.Inspect || d.Action == ParcelAction.ReferForMisuse) && d.Outcome != ParcelOutcome.Pending);
        if (range is { } r) decisions = decisions.Where(d => d.Parcel!.ArrivedOn >= r.From && d.Parcel.ArrivedOn <= r.To);
        var rows = await decisions.Select(d => new { d.ParcelId, d.Outcome }).ToListAsync(ct);
        return rows.GroupBy(d => d.ParcelId).ToDictionary(g => g.Key, g => g.Any(d => d.Outcome == ParcelOutcome.Irregular));
    }
}
