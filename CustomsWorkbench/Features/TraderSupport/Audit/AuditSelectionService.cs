using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>A ranking of companies for the audit plan over the last 12 months of data, with the signals behind it.</summary>
public sealed record AuditRanking(DateOnly From, DateOnly To, IReadOnlyList<AuditCandidate> Candidates,
    IReadOnlyDictionary<int, CompanySignals> Signals, double OverallHitRate, DateTime ComputedAtUtc);

/// <summary>
/// Ranks every company with declarations in the last 12 months (up to the newest declaration) for post-clearance audit.
/// The ranking reads the whole window, so it is kept for a few minutes: trader pages read their company's signals from it.
/// </summary>
public sealed class AuditSelectionService(IDbContextFactory<WorkbenchDbContext> factory, AuditDataLoader loader, TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuditRanking? _cached;

    public async Task<AuditRanking> RankAsync(bool refresh = false, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (!refresh && _cached is { } c && now - c.ComputedAtUtc < Fresh) return c;
            return _cached = await ComputeAsync(now, ct);
        }
        finally { _gate.Release(); }
    }

    private async Task<AuditRanking> ComputeAsync(DateTime now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (from, to) = await ComplianceWindow.Last12MonthsAsync(db, now, ct);
        var world = await loader.LoadAsync(from, to, ct);
        var signals = CompanySignalBuilder.Build(world);
        var inspected = world.Declarations.Count(d => d.Inspected);
        var overall = inspected == 0 ? 0 : (double)world.Declarations.Count(d => d.Illicit == true) / inspected;
        return new AuditRanking(from, to, AuditRanker.Rank(world, signals, AuditWeights.Default), signals.ToDictionary(s => s.ImporterId), overall, now);
    }
}
