using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// The active risk model in use, week by week over the latest weeks of declarations: each input feature's and the
/// score's population stability against the version's training window, hit rate by score decile per month (inspected
/// declarations), and the share of officers' decisions that overrode the recommended channel.
/// </summary>
public sealed class RiskHealthMonitor(RiskRecordLoader loader, FeatureStateFactory states, ModelRegistry registry,
    IDbContextFactory<WorkbenchDbContext> factory, IOptions<RiskOptions> options) : IModelMonitor
{
    public const int Weeks = 12;
    public const int CalibrationMonths = 3;

    public string Name => RiskEngine.ModelName;

    public async Task<ModelHealth> HealthAsync(ModelVersion version, double threshold, CancellationToken ct)
    {
        var records = await loader.LoadAllAsync(ct);
        if (records.Count == 0) return new ModelHealth(version.Version, "", [], [], [], [], [], threshold);
        var features = (await states.CreateAsync(ct: ct)).BuildChronological(records);
        var model = RiskModel.Load(registry.ArtifactFullPath(version), version.Version);
        var scores = BatchScorer.Score(model, features, records.Count, options.Value.ProbabilityWeight).Score;

        var from = version.TrainedFrom ?? records[0].Date;
        var to = version.TrainedTo ?? records[^1].Date;
        var baseline = Indexes(records, d => d >= from && d <= to);
        var lastWeek = Monday(records[^1].Date);
        var weeks = Enumerable.Range(0, Weeks).Select(i => lastWeek.AddDays(-7 * (Weeks - 1 - i))).ToList();
        var byWeek = weeks.Select(w => Indexes(records, d => Monday(d) == w)).ToList();

        var drift = new List<FeatureDrift>();
        for (var f = 0; f < RiskFeatures.Count; f++)
        {
            if (RiskFeatures.IsCalendar(f)) continue;
            var column = Column(features, baseline, f);
            // A feature that never varies in training (network risk when switched off) cannot drift in a way the trees use.
            if (column.Count == 0 || column.Min() == column.Max()) continue;
            drift.Add(new FeatureDrift(RiskFeatures.Names[f], new CardText(RiskFeatures.Labels[f].En, RiskFeatures.Labels[f].Ko), byWeek.Select(w => WeeklyHealth.WeekPsi(column, Column(features, w, f))).ToList()));
        }
        var baselineScores = baseline.Select(i => scores[i]).ToList();
        var scorePsi = byWeek.Select(w => WeeklyHealth.WeekPsi(baselineScores, w.Select(i => scores[i]).ToList())).ToList();

        var calibration = new List<PeriodCalibration> { new($"{from:yyyy-MM-dd}–{to:yyyy-MM-dd}", Outcomes(records, scores, baseline)) };
        var lastMonth = new DateOnly(records[^1].Date.Year, records[^1].Date.Month, 1);
        for (var m = CalibrationMonths - 1; m >= 0; m--)
        {
            var month = lastMonth.AddMonths(-m);
            calibration.Add(new PeriodCalibration($"{month:yyyy-MM}", Outcomes(records, scores, Indexes(records, d => d >= month && d < month.AddMonths(1)))));
        }
        return new ModelHealth(version.Version, $"{from:yyyy-MM-dd}–{to:yyyy-MM-dd}", weeks.Select(w => w.ToString("yyyy-MM-dd")).ToList(),
            drift.OrderByDescending(d => d.Max).ToList(), scorePsi, calibration, await OverrideSharesAsync(weeks, ct), threshold);
    }

    private async Task<IReadOnlyList<double?>> OverrideSharesAsync(List<DateOnly> weeks, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var first = weeks[0];
        // Against what the officer was shown when deciding, not today's re-scored recommendation.
        var decided = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.Date >= first && t.DecidedChannel != null && t.RecommendedAtDecision != null)
            .Select(t => new { t.Date, t.RecommendedAtDecision, t.DecidedChannel }).ToListAsync(ct);
        return weeks.Select(w =>
        {
            var inWeek = decided.Where(d => Monday(d.Date) == w).ToList();
            return inWeek.Count == 0 ? (double?)null : Round((double)inWeek.Count(d => d.DecidedChannel != d.RecommendedAtDecision) / inWeek.Count);
        }).ToList();
    }

    private static IReadOnlyList<DecileRate> Outcomes(IReadOnlyList<RiskRecord> records, double[] scores, List<int> indexes) =>
        DecileCalibration.Compute(indexes.Where(i => records[i].Inspected && records[i].Illicit is not null).Select(i => (scores[i], records[i].IsHit)).ToList());

    private static List<int> Indexes(IReadOnlyList<RiskRecord> records, Func<DateOnly, bool> keep) =>
        Enumerable.Range(0, records.Count).Where(i => keep(records[i].Date)).ToList();

    private static List<double> Column(float[] features, List<int> rows, int feature) =>
        rows.Select(i => (double)features[i * RiskFeatures.Count + feature]).ToList();

    public static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static double Round(double v) => Math.Round(v, 4);
}
