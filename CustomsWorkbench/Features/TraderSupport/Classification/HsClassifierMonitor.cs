using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>One declaration line as the classifier read it: its day, the top suggestion's confidence, and whether the
/// declared code's subheading is that suggestion.</summary>
public sealed record ClassifiedLine(DateOnly Date, double Confidence, bool DeclaredAsSuggested);

/// <summary>
/// The active HS classifier on the declarations that arrive: each week's sample of declaration lines is classified and
/// the top suggestion's confidence compared with the lines of the weeks before (PSI), and how often the declared code
/// matches the top suggestion by confidence decile per month. The declared code is what the trader filed, not a verdict,
/// so that line shows agreement rather than accuracy. Overrides are the officers' choices on the classify page
/// (<see cref="ClassificationDecision"/>) that left this version's top suggestion.
/// </summary>
public sealed class HsClassifierMonitor(IDbContextFactory<WorkbenchDbContext> factory, ModelRegistry registry, TariffClassifier classifier) : IModelMonitor
{
    /// <summary>Lines classified per week: enough for a ten-bin PSI, few enough to stay within seconds.</summary>
    public const int LinesPerWeek = 200;
    public const int MinLines = 100;
    private const int CalibrationMonths = 3;

    public string Name => HsClassifierKind.ModelName;

    public async Task<ModelHealth> HealthAsync(ModelVersion version, double threshold, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Declarations.AnyAsync(ct)) return Compute(version, threshold, [], []);
        var last = await db.Declarations.MaxAsync(d => d.Date, ct);
        var weeks = WeeklyHealth.Ending(last);
        var start = weeks[0].AddDays(-7 * WeeklyHealth.Weeks);
        var lines = await (from i in db.DeclarationItems.AsNoTracking()
                           join d in db.Declarations on i.DeclarationId equals d.Id
                           where d.Date >= start && i.GoodsDescription.Length > 1
                           orderby i.Id
                           select new { d.Date, i.GoodsDescription, i.TariffCode }).ToListAsync(ct);
        // An even sample of each week's lines, so a busy week does not cost more than a quiet one.
        var sample = lines.GroupBy(l => WeeklyHealth.Monday(l.Date))
            .SelectMany(g => { var all = g.ToList(); var step = Math.Max(1, all.Count / LinesPerWeek); return all.Where((_, n) => n % step == 0).Take(LinesPerWeek); })
            .ToList();
        var from = weeks[0].ToDateTime(TimeOnly.MinValue);
        var choices = (await db.Set<ClassificationDecision>().AsNoTracking().Where(c => c.ModelVersion == version.Version && c.DecidedAtUtc >= from)
            .Select(c => new { c.DecidedAtUtc, c.FollowedSuggestion }).ToListAsync(ct))
            .Select(c => (DateOnly.FromDateTime(c.DecidedAtUtc), !c.FollowedSuggestion)).ToList();
        var engine = await EngineAsync(version, ct);
        var read = await Task.Run(() =>
        {
            var cache = new Dictionary<string, RankedSubheading?>();
            return sample.Select(l =>
            {
                if (!cache.TryGetValue(l.GoodsDescription, out var top)) cache[l.GoodsDescription] = top = engine.Rank(l.GoodsDescription).Subheadings.FirstOrDefault();
                return new ClassifiedLine(l.Date, top?.Probability ?? 0, top is not null && l.TariffCode.StartsWith(top.Subheading, StringComparison.Ordinal));
            }).ToList();
        }, ct);
        return Compute(version, threshold, weeks, read, choices);
    }

    /// <summary>The health from the lines read: those before the first watched week are the baseline.</summary>
    /// <param name="overrides">Officers' choices on the classify page: the day, and whether the code left the top suggestion.</param>
    public static ModelHealth Compute(ModelVersion version, double threshold, IReadOnlyList<DateOnly> weeks, IReadOnlyList<ClassifiedLine> read,
        IReadOnlyList<(DateOnly Date, bool Overrode)>? overrides = null)
    {
        var watched = weeks.Count == 0 ? [] : read.Where(l => l.Date >= weeks[0]).ToList();
        var baseline = weeks.Count == 0 ? [] : read.Where(l => l.Date < weeks[0]).ToList();
        if (watched.Count < MinLines || baseline.Count < MinLines)
            return ModelHealth.Insufficient(version, threshold, new(
                $"Too few declaration lines to watch the classifier ({watched.Count} in the latest weeks, {baseline.Count} before; {MinLines} each are needed).",
                $"분류기를 지켜볼 신고 품목이 부족합니다(최근 {watched.Count}건, 그 이전 {baseline.Count}건; 각각 {MinLines}건 필요)."));
        var period = $"{baseline.Min(l => l.Date):yyyy-MM-dd}–{baseline.Max(l => l.Date):yyyy-MM-dd}";
        var lastMonth = new DateOnly(watched.Max(l => l.Date).Year, watched.Max(l => l.Date).Month, 1);
        var calibration = new List<PeriodCalibration> { new(period, Deciles(baseline)) };
        for (var m = CalibrationMonths - 1; m >= 0; m--)
        {
            var month = lastMonth.AddMonths(-m);
            var inMonth = watched.Where(l => l.Date >= month && l.Date < month.AddMonths(1)).ToList();
            if (inMonth.Count >= MinLines) calibration.Add(new PeriodCalibration($"{month:yyyy-MM}", Deciles(inMonth)));
        }
        return new ModelHealth(version.Version, period, WeeklyHealth.Labels(weeks), [],
            WeeklyHealth.Psi(baseline.Select(l => l.Confidence).ToList(), weeks, watched.Select(l => (l.Date, l.Confidence))), calibration,
            WeeklyHealth.Shares(weeks, overrides ?? []), threshold)
        {
            Wording = new HealthWording(
                Score: new("Top suggestion's confidence drift per week (PSI)", "주별 첫 제안 신뢰도 분포 드리프트 (PSI)"),
                Calibration: new("Lines declared as the top suggestion, by confidence decile (%)", "신뢰도 십분위별 첫 제안대로 신고한 품목 (%)"),
                Overrides: new("Officers' overrides of suggestions per week (%)", "주별 직원의 제안 변경 비율 (%)"),
                Baseline: new($"{baseline.Count} declaration lines of {period}", $"{period}의 신고 품목 {baseline.Count}건")),
            NoOverrideData = new("No officer chose a code on the classify page with this version in these weeks; the declared codes' agreement with its top suggestion is charted beside.",
                "이 기간에 이 버전으로 품목분류 화면에서 세번을 결정한 직원이 없습니다. 신고 세번과 첫 제안의 일치율은 옆 차트에 있습니다."),
        };
    }

    private static IReadOnlyList<DecileRate> Deciles(IReadOnlyList<ClassifiedLine> lines) =>
        DecileCalibration.Compute(lines.Select(l => (l.Confidence, l.DeclaredAsSuggested)).ToList());

    private async Task<HsClassifierEngine> EngineAsync(ModelVersion version, CancellationToken ct)
    {
        var (engine, active) = await classifier.EngineAsync(ct);
        return active == version.Version ? engine : await Task.Run(() => HsClassifierFiles.Load(registry.ArtifactFullPath(version)), ct);
    }
}
