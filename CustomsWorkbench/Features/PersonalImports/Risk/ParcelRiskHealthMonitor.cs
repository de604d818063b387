using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>A parcel as the active version scored it: its arrival day and score.</summary>
public sealed record ScoredParcel(DateOnly Date, double Score);

/// <summary>An officer's decision on a scored parcel: the day, the parcel's score, whether it was cleared, and the outcome if known.</summary>
public sealed record ScoredDecision(DateOnly Date, double Score, bool Cleared, bool? Irregular);

/// <summary>
/// The active parcel risk model in use: its score distribution per arrival week against the parcels of its training
/// window, the irregular share by score decile among inspected parcels with an outcome, and how often officers cleared
/// a parcel the model scored high (their override of it).
/// </summary>
public sealed class ParcelRiskHealthMonitor(IDbContextFactory<WorkbenchDbContext> factory) : IModelMonitor
{
    public const int MinScored = 100, MinBaseline = 30, MinOutcomes = 30;
    /// <summary>A cleared parcel at or above this score counts as an officer overriding the model.</summary>
    public const double HighScore = 0.5;

    public string Name => ParcelRiskScorer.ModelName;

    public async Task<ModelHealth> HealthAsync(ModelVersion version, double threshold, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scored = await db.Parcels.AsNoTracking().Where(p => p.RiskModelVersion == version.Version && p.RiskScore != null)
            .Select(p => new { p.ArrivedOn, Score = p.RiskScore!.Value }).ToListAsync(ct);
        // Desk decisions are measured against the score shown when deciding; the demo world's history against today's score.
        var decisions = await db.ParcelDecisions.AsNoTracking()
            .Where(d => d.RiskModelVersionAtDecision != null
                ? d.RiskModelVersionAtDecision == version.Version && d.RiskScoreAtDecision != null
                : d.Parcel!.RiskModelVersion == version.Version && d.Parcel.RiskScore != null)
            .Select(d => new { d.DecidedAtUtc, Score = d.RiskScoreAtDecision ?? d.Parcel!.RiskScore!.Value, d.Action, d.Outcome }).ToListAsync(ct);
        return Compute(version, threshold,
            scored.Select(p => new ScoredParcel(p.ArrivedOn, p.Score)).ToList(),
            decisions.Select(d => new ScoredDecision(DateOnly.FromDateTime(d.DecidedAtUtc), d.Score, d.Action == ParcelAction.Clear,
                d.Outcome == ParcelOutcome.Pending ? null : d.Outcome == ParcelOutcome.Irregular)).ToList());
    }

    public static ModelHealth Compute(ModelVersion version, double threshold, IReadOnlyList<ScoredParcel> scored, IReadOnlyList<ScoredDecision> decisions)
    {
        if (scored.Count < MinScored)
            return ModelHealth.Insufficient(version, threshold, new(
                $"Version {version.Version} has scored {scored.Count} parcels so far; drift is charted from {MinScored} on.",
                $"버전 {version.Version}이 지금까지 {scored.Count}건의 특송물품을 평가했습니다. 드리프트는 {MinScored}건부터 그립니다."));
        // The parcels of its training window are the reference; without one (or too few in it), its first weeks.
        var baselineParcels = version.TrainedFrom is { } from && version.TrainedTo is { } to
            ? scored.Where(p => p.Date >= from && p.Date <= to).ToList() : [];
        var fromTraining = baselineParcels.Count >= MinBaseline;
        if (!fromTraining)
        {
            var firstWeeks = WeeklyHealth.Monday(scored.Min(p => p.Date)).AddDays(7 * 4);
            baselineParcels = scored.Where(p => p.Date < firstWeeks).ToList();
        }
        var baseline = baselineParcels.Select(p => p.Score).ToList();
        var period = $"{baselineParcels.Min(p => p.Date):yyyy-MM-dd}–{baselineParcels.Max(p => p.Date):yyyy-MM-dd}";
        var weeks = WeeklyHealth.Ending(scored.Max(p => p.Date));

        var outcomes = decisions.Where(d => d.Irregular is not null).ToList();
        var calibration = new List<PeriodCalibration>();
        if (outcomes.Count >= MinOutcomes)
            calibration.Add(new PeriodCalibration($"{outcomes.Min(d => d.Date):yyyy-MM-dd}–{outcomes.Max(d => d.Date):yyyy-MM-dd}",
                DecileCalibration.Compute(outcomes.Select(d => (d.Score, d.Irregular!.Value)).ToList())));

        return new ModelHealth(version.Version, period, WeeklyHealth.Labels(weeks), [],
            WeeklyHealth.Psi(baseline, weeks, scored.Select(p => (p.Date, p.Score))), calibration,
            WeeklyHealth.Shares(weeks, decisions.Where(d => d.Score >= HighScore).Select(d => (d.Date, d.Cleared))), threshold)
        {
            Wording = new HealthWording(
                Score: new("Parcel risk score drift per arrival week (PSI)", "도착 주별 특송 위험 점수 분포 드리프트 (PSI)"),
                Calibration: new("Irregular parcels by score decile among inspected (%)", "검사한 특송물품 중 점수 십분위별 위반 비율 (%)"),
                Overrides: new($"High-scored parcels (≥ {HighScore:0.0}) officers cleared per week (%)", $"주별 고위험(≥ {HighScore:0.0}) 특송물품 중 직원이 통관시킨 비율 (%)"),
                Baseline: fromTraining
                    ? new($"the parcels of its training window ({period}, {baseline.Count} parcels)", $"학습 기간의 특송물품({period}, {baseline.Count}건)")
                    : new($"its first four weeks of parcels ({period}, {baseline.Count} parcels)", $"처음 4주의 특송물품({period}, {baseline.Count}건)")),
            NoOverrideData = new("Officers decided no high-scored parcel in these weeks.", "이 기간에 직원이 결정한 고위험 특송물품이 없습니다."),
        };
    }
}
