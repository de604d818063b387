using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.Oversight.Agreement;

/// <summary>How often officers followed the AI within one group (an office, officer, model version or week).</summary>
public sealed record AgreementGroup(string Key, int Decisions, int Agreed)
{
    public double Rate => Decisions == 0 ? 0 : (double)Agreed / Decisions;
}

/// <summary>One feature's weekly agreement; null where the week had no decisions.</summary>
public sealed record WeeklyAgreement(string Feature, IReadOnlyList<double?> Rates);

/// <summary>
/// The agreement dashboard's figures over every feature's decisions: per feature, office, officer, model version and
/// week (Monday-based), plus the decisions themselves for the drill-down table (newest first).
/// </summary>
public sealed record AgreementReport(
    IReadOnlyList<DateOnly> Weeks, IReadOnlyList<AgreementGroup> ByFeature, IReadOnlyList<AgreementGroup> ByOffice,
    IReadOnlyList<AgreementGroup> ByOfficer, IReadOnlyList<AgreementGroup> ByModelVersion, IReadOnlyList<WeeklyAgreement> Weekly,
    IReadOnlyList<AiDecision> Decisions)
{
    public static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>The <paramref name="weeks"/> weeks up to and including the one of <paramref name="today"/>.</summary>
    public static DateOnly Since(DateOnly today, int weeks) => Monday(today).AddDays(-7 * (weeks - 1));

    public static AgreementReport Build(IEnumerable<AiDecision> decisions, DateOnly today, int weeks)
    {
        var since = Since(today, weeks);
        var all = decisions.Where(d => d.Date >= since && d.Date <= today).OrderByDescending(d => d.Date).ToList();
        var weekStarts = Enumerable.Range(0, weeks).Select(i => since.AddDays(7 * i)).ToList();
        var weekly = all.GroupBy(d => d.Feature).OrderBy(g => g.Key).Select(g => new WeeklyAgreement(g.Key, weekStarts.Select(w =>
        {
            var inWeek = g.Where(d => Monday(d.Date) == w).ToList();
            return inWeek.Count == 0 ? (double?)null : (double)inWeek.Count(d => d.Agreed) / inWeek.Count;
        }).ToList())).ToList();
        return new AgreementReport(weekStarts, By(all, d => d.Feature), By(all, d => d.Office), By(all, d => d.Officer),
            By(all, d => $"{d.Feature} · {d.ModelVersion}"), weekly, all);
    }

    private static IReadOnlyList<AgreementGroup> By(IEnumerable<AiDecision> decisions, Func<AiDecision, string> key) =>
        decisions.GroupBy(key).Select(g => new AgreementGroup(g.Key, g.Count(), g.Count(d => d.Agreed)))
            .OrderByDescending(g => g.Decisions).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
}
