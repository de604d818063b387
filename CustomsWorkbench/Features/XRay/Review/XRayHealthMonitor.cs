using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>One alarm of the detector: the day of its scan and its confidence.</summary>
public sealed record DetectorAlarm(DateOnly Date, double Confidence);

/// <summary>An officer's word on an alarm: the day it was given, the alarm's confidence, and whether it was dismissed.</summary>
public sealed record AlarmDecision(DateOnly Date, double Confidence, bool Dismissed);

/// <summary>
/// The active X-ray detector in use, from its own recorded alarms: the confidence distribution per week against its first
/// weeks of alarms (the detector's training scenes are generated and not stored, so its early use is the reference),
/// the share of confirmed alarms by confidence decile (officers' confirmations are the only outcome recorded), and the
/// share of its alarms officers dismissed per week.
/// </summary>
public sealed class XRayHealthMonitor(IDbContextFactory<WorkbenchDbContext> factory) : IModelMonitor
{
    /// <summary>Fewer alarms than this cannot show a distribution, let alone its drift.</summary>
    public const int MinAlarms = 50;
    public const int BaselineWeeks = 4;
    private const int MinDecisionsForCalibration = 30;

    public string Name => DetectorProvider.ModelName;

    public async Task<ModelHealth> HealthAsync(ModelVersion version, double threshold, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var alarms = await (from f in db.Set<ScanFinding>().AsNoTracking()
                            where f.ModelVersion == version.Version
                            join s in db.Set<Scan>() on f.ScanId equals s.Id
                            select new { s.ScannedAtUtc, f.Confidence }).ToListAsync(ct);
        var decisions = await (from a in db.Set<ScanAnnotation>().AsNoTracking()
                               where a.Kind != AnnotationKind.Drawn && a.FindingId != null
                               join f in db.Set<ScanFinding>() on a.FindingId equals f.Id
                               where f.ModelVersion == version.Version
                               select new { a.CreatedAtUtc, a.Kind, f.Confidence }).ToListAsync(ct);
        return Compute(version, threshold,
            alarms.Select(a => new DetectorAlarm(DateOnly.FromDateTime(a.ScannedAtUtc), a.Confidence)).ToList(),
            decisions.Select(d => new AlarmDecision(DateOnly.FromDateTime(d.CreatedAtUtc), d.Confidence, d.Kind == AnnotationKind.Dismiss)).ToList());
    }

    public static ModelHealth Compute(ModelVersion version, double threshold, IReadOnlyList<DetectorAlarm> alarms, IReadOnlyList<AlarmDecision> decisions)
    {
        if (alarms.Count < MinAlarms)
            return ModelHealth.Insufficient(version, threshold, new(
                $"Detector {version.Version} has raised {alarms.Count} alarms so far; drift is charted from {MinAlarms} on.",
                $"탐지기 {version.Version}의 경보가 지금까지 {alarms.Count}건입니다. 드리프트는 {MinAlarms}건부터 그립니다."));
        // Only the weeks the version has been in use: before its first alarm there is nothing to compare, not "no drift".
        var first = WeeklyHealth.Monday(alarms.Min(a => a.Date));
        var last = decisions.Count == 0 ? alarms.Max(a => a.Date) : new[] { alarms.Max(a => a.Date), decisions.Max(d => d.Date) }.Max();
        var inUse = (WeeklyHealth.Monday(last).DayNumber - first.DayNumber) / 7 + 1;
        var baselineWeeks = Math.Clamp(inUse / 3, 1, BaselineWeeks);
        var baselineAlarms = alarms.Where(a => a.Date < first.AddDays(7 * baselineWeeks)).ToList();
        var baseline = baselineAlarms.Select(a => a.Confidence).ToList();
        var weeks = WeeklyHealth.Ending(last, Math.Min(WeeklyHealth.Weeks, inUse));
        var period = $"{baselineAlarms.Min(a => a.Date):yyyy-MM-dd}–{baselineAlarms.Max(a => a.Date):yyyy-MM-dd}";

        var calibration = new List<PeriodCalibration>();
        if (decisions.Count >= MinDecisionsForCalibration)
            calibration.Add(new PeriodCalibration($"{decisions.Min(d => d.Date):yyyy-MM-dd}–{decisions.Max(d => d.Date):yyyy-MM-dd}",
                DecileCalibration.Compute(decisions.Select(d => (d.Confidence, !d.Dismissed)).ToList())));

        return new ModelHealth(version.Version, period, WeeklyHealth.Labels(weeks), [],
            WeeklyHealth.Psi(baseline, weeks, alarms.Select(a => (a.Date, a.Confidence))), calibration,
            WeeklyHealth.Shares(weeks, decisions.Select(d => (d.Date, d.Dismissed))), threshold)
        {
            Wording = new HealthWording(
                Score: new("Alarm confidence drift per week (PSI)", "주별 경보 신뢰도 분포 드리프트 (PSI)"),
                Calibration: new("Alarms confirmed by confidence decile (%)", "신뢰도 십분위별 확인된 경보 (%)"),
                Overrides: new("Alarms officers dismissed per week (%)", "주별 직원이 기각한 경보 비율 (%)"),
                Baseline: new($"its first {baselineWeeks} week(s) of alarms ({period}, {baseline.Count} alarms)",
                    $"처음 {baselineWeeks}주의 경보({period}, {baseline.Count}건)")),
            NoOverrideData = new("No alarm of this version was confirmed or dismissed in these weeks.", "이 기간에 이 버전의 경보를 확인하거나 기각한 기록이 없습니다."),
        };
    }
}
