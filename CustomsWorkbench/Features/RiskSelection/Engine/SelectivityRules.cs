using CustomsWorkbench.Features.RiskSelection.Model;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>Matching of supervisor-authored selectivity rules against a declaration; empty conditions match anything.</summary>
public static class SelectivityRules
{
    /// <summary>Rules that apply at all: the latest version, enabled.</summary>
    public static IReadOnlyList<SelectivityRule> Applicable(IEnumerable<SelectivityRule> rules) =>
        rules.Where(r => r.IsLatest && r.Enabled).OrderBy(r => r.RuleKey, StringComparer.Ordinal).ToList();

    public static bool IsValidOn(SelectivityRule rule, DateOnly date) =>
        rule.ValidFrom <= date && (rule.ValidTo is null || date <= rule.ValidTo.Value);

    /// <param name="valueRatio">Declared unit value over the peer median; NaN when there are no peers (a value condition then fails).</param>
    public static bool Matches(SelectivityRule rule, RiskRecord r, double valueRatio)
    {
        if (!rule.IsLatest || !rule.Enabled || !IsValidOn(rule, r.Date)) return false;
        if (!string.IsNullOrEmpty(rule.TariffPrefix) && !r.MainTariffCode.StartsWith(rule.TariffPrefix, StringComparison.Ordinal)) return false;
        if (!string.IsNullOrEmpty(rule.OriginCountryCode) && !string.Equals(rule.OriginCountryCode, r.OriginCountryCode, StringComparison.OrdinalIgnoreCase)) return false;
        if (!string.IsNullOrEmpty(rule.ImporterCode) && !string.Equals(rule.ImporterCode, r.ImporterCode, StringComparison.OrdinalIgnoreCase)) return false;
        if (!string.IsNullOrEmpty(rule.DeclarantCode) && !string.Equals(rule.DeclarantCode, r.DeclarantCode, StringComparison.OrdinalIgnoreCase)) return false;
        if (rule.FtaPreferenceClaimed is { } fta && fta != r.FtaPreferenceClaimed) return false;
        if (rule.MaxValueRatio is { } max && !(valueRatio <= max)) return false;
        return true;
    }

    public static List<RuleHit> Hits(IReadOnlyList<SelectivityRule> rules, RiskRecord r, double valueRatio)
    {
        List<RuleHit>? hits = null;
        foreach (var rule in rules)
        {
            if (!Matches(rule, r, valueRatio)) continue;
            (hits ??= []).Add(new RuleHit(rule.RuleKey, rule.Version, rule.Name, rule.Reason, rule.Channel));
        }
        return hits ?? [];
    }

    /// <summary>
    /// The rule set the evaluation's "rules only" strategy uses when no rule is authored: what a selectivity unit would
    /// write without a model — deep undervaluation against peers, preference claims at a low value, and the high-duty
    /// chapters (tobacco, alcohol, high-tariff farm goods).
    /// </summary>
    public static IReadOnlyList<SelectivityRule> Defaults { get; } =
    [
        Default("default-low-value", "Unit value far below peers", "Declared unit value at most 60% of the peer median", Channel.Red, maxValueRatio: 0.6),
        Default("default-fta-low-value", "FTA claim at a low value", "Preference claimed with a unit value at most 80% of peers", Channel.Red, maxValueRatio: 0.8, fta: true),
        Default("default-tobacco", "Tobacco", "High-duty goods (chapter 24)", Channel.Yellow, tariffPrefix: "24"),
        Default("default-alcohol", "Alcoholic beverages", "High-duty goods (chapter 22)", Channel.Yellow, tariffPrefix: "22"),
        Default("default-farm-07", "High-tariff vegetables", "High-duty farm goods (chapter 07)", Channel.Yellow, tariffPrefix: "07"),
        Default("default-farm-10", "High-tariff cereals", "High-duty farm goods (chapter 10)", Channel.Yellow, tariffPrefix: "10"),
    ];

    private static SelectivityRule Default(string key, string name, string reason, Channel channel,
        double? maxValueRatio = null, bool? fta = null, string? tariffPrefix = null) => new()
    {
        RuleKey = key, Version = 1, IsLatest = true, Enabled = true, Name = name, Reason = reason, Channel = channel,
        MaxValueRatio = maxValueRatio, FtaPreferenceClaimed = fta, TariffPrefix = tariffPrefix,
        ValidFrom = DateOnly.MinValue, CreatedBy = "system", CreatedAtUtc = DateTime.UnixEpoch,
    };
}
