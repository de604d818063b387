using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;
using F = CustomsWorkbench.Features.PersonalImports.Risk.ParcelRiskFeatures;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>Precision among the k highest-ranked parcels: by the risk score, and by the number of flags (the rules alone).</summary>
public sealed record RiskAtK(int K, double Precision, double FlagCountPrecision);

/// <summary>The active model on its own held-out window: every parcel that arrived in it, inspected or not, against planted truth.</summary>
public sealed record ParcelRiskHeldOut(string Version, DateOnly From, DateOnly To, int Parcels, int Irregular, double BaseRate, IReadOnlyList<RiskAtK> AtK);

/// <summary>
/// `evaluate parcels`' risk part: the active parcel risk model ranks all parcels of its held-out window (the newest
/// labelled days, never trained on or used to choose), and the top k are checked against the demo world's planted
/// truth, beside the same k ranked by flag count.
/// </summary>
public sealed class ParcelRiskEvaluation(IDbContextFactory<WorkbenchDbContext> factory, ModelRegistry registry, ParcelRiskData data, ParcelRiskScorer scorer)
{
    public static readonly int[] Ks = [50, 100, 200];

    /// <summary>Null without an active parcel risk model (or one whose report has no held-out window).</summary>
    public async Task<ParcelRiskHeldOut?> RunAsync(CancellationToken ct = default)
    {
        var version = await registry.GetActiveAsync(ParcelRiskScorer.ModelName, ct);
        if (version is null || ParcelRiskModelKind.Report(version) is not { } report) return null;
        var model = await scorer.ActiveModelAsync(ct);
        if (model is null) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var irregular = (await db.DemoGroundTruth.AsNoTracking().Where(t => t.EntityType == "Parcel").Select(t => new { t.EntityId, t.Pattern }).ToListAsync(ct))
            .Where(t => DemoParcelInspections.IsIrregular(t.Pattern)).Select(t => t.EntityId).ToHashSet();
        var dataset = await data.LoadAllAsync(ct);
        var window = Enumerable.Range(0, dataset.Records.Count)
            .Where(i => dataset.Records[i].Day >= report.Split.TestFrom && dataset.Records[i].Day <= report.Split.TestTo).ToList();
        if (window.Count == 0) return null;
        var features = new float[window.Count * F.Count];
        for (var k = 0; k < window.Count; k++) dataset.Row(window[k]).CopyTo(features.AsSpan(k * F.Count));
        var scores = model.Predict(features, 0, window.Count);
        // The rules' own ranking: more flags first, then the larger value against the limit.
        var flagRank = window.Select(i => dataset.Row(i)[F.FlagCount] * 1000 + Math.Min(999, dataset.Row(i)[F.ValueToLimit])).ToList();
        var labels = window.Select(i => irregular.Contains(dataset.Records[i].Id)).ToList();
        var atK = Ks.Select(k => new RiskAtK(k, Math.Round(RankingMetrics.PrecisionAt(scores, labels, k), 4),
            Math.Round(RankingMetrics.PrecisionAt(flagRank, labels, k), 4))).ToList();
        var found = labels.Count(l => l);
        return new ParcelRiskHeldOut(version.Version, report.Split.TestFrom, report.Split.TestTo, window.Count, found,
            Math.Round((double)found / window.Count, 4), atK);
    }
}
