using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>
/// Test-only stand-in for the risk engine's output: queue rows and current assessments with plausible scores and
/// explanations for existing demo declarations (the newest not yet in the queue). Never used by the app itself.
/// </summary>
public static class TriageSeed
{
    public const string ModelVersion = "risk-test-1";

    public static readonly IReadOnlyList<FeatureContribution> SampleContributions =
    [
        new("value_ratio", "Declared value vs. peers", "동종 물품 대비 신고가격", 0.31, 0.42),
        new("importer_hit_rate", "Importer's past hit rate", "수입자 과거 적발률", 0.18, 0.25),
        new("fta_claimed", "FTA preference claimed", "FTA 협정세율 적용", 1, 0.08),
        new("importer_age", "Importer age (days)", "수입자 업력 (일)", 2400, -0.15),
        new("office_hit_rate", "Office hit rate", "세관 적발률", 0.04, -0.05),
    ];

    // Per database (each test class has its own), so ids handed out in one world are not skipped in another.
    private static readonly Dictionary<string, HashSet<int>> HandedOutByDatabase = [];

    /// <summary>
    /// Returns <paramref name="count"/> open queue rows, highest score first. With the engine registered the demo world is
    /// already scored, so these are the engine's real rows (never the same row twice in a run; a requested channel is set
    /// on the row as the scenario's recommendation). Declarations without a queue row get a plausible one.
    /// </summary>
    public static async Task<IReadOnlyList<int>> AddAsync(WorkbenchDbContext db, int count, int seed = 7, Channel? channel = null)
    {
        var scored = await TakeScoredAsync(db, count, channel);
        if (scored.Count > 0) return scored;
        var taken = db.Set<DeclarationTriage>().Select(t => t.DeclarationId);
        var declarations = await db.Declarations.AsNoTracking().Where(d => !taken.Contains(d.Id))
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id).Take(count)
            .Select(d => new { d.Id, d.Date, d.OfficeId, d.ImporterId, d.MainTariffCode }).ToListAsync();
        var random = new Random(seed);
        foreach (var d in declarations)
        {
            var score = Math.Round(random.NextDouble(), 3);
            var recommended = channel ?? (score >= 0.7 ? Channel.Red : score >= 0.4 ? Channel.Yellow : Channel.Green);
            var reason = random.Next(10) == 0 ? SelectionReason.RandomExploration : SelectionReason.Model;
            db.Add(new DeclarationTriage
            {
                DeclarationId = d.Id, Date = d.Date, OfficeId = d.OfficeId, ImporterId = d.ImporterId, MainTariffCode = d.MainTariffCode,
                Score = score, RecommendedChannel = recommended, Reason = reason, ModelVersion = ModelVersion, Status = TriageStatus.Open,
            });
            db.Add(new RiskAssessment
            {
                DeclarationId = d.Id, IsCurrent = true, ModelVersion = ModelVersion, ProbabilityIllicit = score * 0.6,
                ExpectedRevenue = Math.Round(score * 2_000_000), Score = score, RecommendedChannel = recommended, Reason = reason,
                AssessedAtUtc = DateTime.UtcNow,
                ExplanationJson = JsonSerializer.Serialize(new RiskExplanation(SampleContributions,
                    score >= 0.9 ? [new RuleHit("R-TEST", 1, "High-risk tariff", "Repeated undervaluation in this chapter", Channel.Red)] : [],
                    reason == SelectionReason.RandomExploration, "Declared value far below peers.", "동종 물품 대비 신고가격이 매우 낮습니다.")),
            });
        }
        await db.SaveChangesAsync();
        return declarations.Select(d => d.Id).ToList();
    }

    private static async Task<IReadOnlyList<int>> TakeScoredAsync(WorkbenchDbContext db, int count, Channel? channel)
    {
        List<DeclarationTriage> rows;
        lock (HandedOutByDatabase)
        {
            var key = db.Database.GetConnectionString() ?? "";
            if (!HandedOutByDatabase.TryGetValue(key, out var handedOut)) HandedOutByDatabase[key] = handedOut = [];
            rows = db.Set<DeclarationTriage>()
                .Where(t => t.Status == TriageStatus.Open && t.ClaimedBy == null && t.Review == ReviewStatus.None)
                .OrderByDescending(t => t.Score).Take(count + handedOut.Count).AsEnumerable()
                .Where(t => handedOut.Add(t.DeclarationId)).Take(count).ToList();
        }
        if (channel is { } wanted)
        {
            foreach (var row in rows) row.RecommendedChannel = wanted;
            await db.SaveChangesAsync();
        }
        return rows.Select(r => r.DeclarationId).ToList();
    }
}
