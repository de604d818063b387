using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Audit;

public sealed record PrecisionAtK(int K, double Ranking, double HitRateBaseline);

public sealed record AuditPeriodResult(DateOnly From, DateOnly To, int Companies, int Offenders, IReadOnlyList<PrecisionAtK> Precision);

public sealed record AuditEvaluationReport(AuditWeights ChosenWeights, AuditPeriodResult Validation, AuditPeriodResult Test, string OffenderDefinition);

/// <summary>
/// `evaluate audit`: precision at k of the audit ranking against the demo world's planted offenders, beside ranking by
/// past hit rate alone. Weights are chosen on the first half of the data (validation); the second half is reported once.
/// </summary>
public sealed class AuditEvaluation(IDbContextFactory<WorkbenchDbContext> factory, AuditDataLoader loader)
{
    public static readonly int[] Ks = [25, 50, 100];
    /// <summary>A company with this many planted fraudulent declarations in a period counts as an offender there.</summary>
    public const int PlantedDeclarationsForOffender = 3;
    public const string OffenderDefinition = "planted repeat-offender or newly-created-fraudster importer active in the period, or at least 3 planted fraudulent declarations (undervaluation, misclassification, false origin, concealment) in the period";

    public async Task<AuditEvaluationReport?> RunAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Declarations.AnyAsync(ct)) return null;
        var first = await db.Declarations.MinAsync(d => d.Date, ct);
        var last = await db.Declarations.MaxAsync(d => d.Date, ct);
        var mid = first.AddDays((last.DayNumber - first.DayNumber) / 2);
        var truth = await db.DemoGroundTruth.AsNoTracking().Where(t => t.EntityType == "Importer" || t.EntityType == "Declaration")
            .Select(t => new { t.EntityType, t.EntityId }).ToListAsync(ct);
        var plantedImporters = truth.Where(t => t.EntityType == "Importer").Select(t => t.EntityId).ToHashSet();
        var plantedDeclarations = truth.Where(t => t.EntityType == "Declaration").Select(t => t.EntityId).ToHashSet();

        var validation = await PeriodAsync(first, mid.AddDays(-1), plantedImporters, plantedDeclarations, ct);
        var chosen = AuditWeights.Grid().MaxBy(w => MeanPrecision(validation, w))!;
        var test = await PeriodAsync(mid, last, plantedImporters, plantedDeclarations, ct);
        return new AuditEvaluationReport(chosen, Result(validation, chosen), Result(test, chosen), OffenderDefinition);
    }

    private sealed record Period(AuditWorld World, IReadOnlyList<CompanySignals> Signals, HashSet<int> Offenders);

    private async Task<Period> PeriodAsync(DateOnly from, DateOnly to, HashSet<int> plantedImporters, HashSet<int> plantedDeclarations, CancellationToken ct)
    {
        var world = await loader.LoadAsync(from, to, ct);
        var offenders = world.Declarations.GroupBy(d => d.ImporterId)
            .Where(g => plantedImporters.Contains(g.Key) || g.Count(d => plantedDeclarations.Contains(d.Id)) >= PlantedDeclarationsForOffender)
            .Select(g => g.Key).ToHashSet();
        return new Period(world, CompanySignalBuilder.Build(world), offenders);
    }

    private static double MeanPrecision(Period p, AuditWeights w)
    {
        var ranked = AuditRanker.Rank(p.World, p.Signals, w).Select(c => c.ImporterId).ToList();
        return Ks.Average(k => Precision(ranked, p.Offenders, k));
    }

    private static AuditPeriodResult Result(Period p, AuditWeights w)
    {
        var ranked = AuditRanker.Rank(p.World, p.Signals, w).Select(c => c.ImporterId).ToList();
        var baseline = HitRateRanking(p.Signals);
        return new AuditPeriodResult(p.World.From, p.World.To, p.Signals.Count, p.Offenders.Count,
            Ks.Select(k => new PrecisionAtK(k, Precision(ranked, p.Offenders, k), Precision(baseline, p.Offenders, k))).ToList());
    }

    /// <summary>The baseline: past hit rate alone (smoothed the same way), more inspections first on ties.</summary>
    public static List<int> HitRateRanking(IEnumerable<CompanySignals> signals) =>
        signals.OrderByDescending(s => s.HitRate).ThenByDescending(s => s.Inspected).ThenBy(s => s.ImporterId).Select(s => s.ImporterId).ToList();

    public static double Precision(IReadOnlyList<int> ranked, IReadOnlySet<int> offenders, int k) =>
        ranked.Count == 0 ? 0 : (double)ranked.Take(k).Count(offenders.Contains) / Math.Min(k, ranked.Count);
}
