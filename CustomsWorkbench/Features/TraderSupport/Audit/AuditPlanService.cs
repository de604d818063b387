using System.Text.Json;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Audit;

public sealed record AuditHistoryItem(int PlanCompanyId, int PlanId, DateTime ApprovedAtUtc, string ApprovedBy, int Rank, double ExpectedRevenue,
    AuditOutcome? Outcome, double? AssessedRevenue, string? ResultNote, string? ResultBy);

public sealed record AuditPlanView(int Id, DateOnly WindowFrom, DateOnly WindowTo, int Capacity, string ApprovedBy, DateTime ApprovedAtUtc,
    IReadOnlyList<AuditPlanCompanyView> Companies);

public sealed record AuditPlanCompanyView(int Id, int ImporterId, string ImporterName, int Rank, double ExpectedRevenue,
    IReadOnlyList<AuditReason> Reasons, AuditOutcome? Outcome, double? AssessedRevenue);

/// <summary>Approving a plan (the top companies under the capacity) and recording audit results; both go on the audit trail.</summary>
public sealed class AuditPlanService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, TimeProvider clock)
{
    public const int MaxCapacity = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> ApproveAsync(AuditRanking ranking, int capacity, string supervisor, CancellationToken ct = default)
    {
        if (capacity is < 1 or > MaxCapacity) throw new ArgumentOutOfRangeException(nameof(capacity), $"capacity must be between 1 and {MaxCapacity}");
        var selected = ranking.Candidates.Take(capacity).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = new AuditPlan
        {
            WindowFrom = ranking.From, WindowTo = ranking.To, Capacity = capacity, Status = AuditPlanStatus.Approved,
            CreatedBy = supervisor, CreatedAtUtc = now, ApprovedBy = supervisor, ApprovedAtUtc = now,
            Companies = selected.Select((c, i) => new AuditPlanCompany
            {
                ImporterId = c.ImporterId, Rank = i + 1, ExpectedRevenue = Math.Round(c.ExpectedRevenue),
                ReasonsJson = JsonSerializer.Serialize(c.Reasons, Json),
            }).ToList(),
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(supervisor, "trader.audit-plan-approved", "AuditPlan", plan.Id.ToString(),
            new { capacity, ranking.From, ranking.To, companies = selected.Select(c => new { c.ImporterId, expectedRevenue = Math.Round(c.ExpectedRevenue) }) },
            modelVersion: "audit-ranking", aiOutput: new { ranked = ranking.Candidates.Count }), ct);
        return plan.Id;
    }

    /// <summary>The audit's result on one company; it becomes a label the next ranking reads (AuditDataLoader).</summary>
    public async Task<bool> RecordResultAsync(int planCompanyId, AuditOutcome outcome, double? assessedRevenue, string? note, string user, CancellationToken ct = default)
    {
        if (assessedRevenue is { } r && (!double.IsFinite(r) || r < 0 || r > 1e15)) throw new ArgumentOutOfRangeException(nameof(assessedRevenue), "assessed revenue must be between 0 and 1e15");
        await using var db = await factory.CreateDbContextAsync(ct);
        var company = await db.Set<AuditPlanCompany>().SingleOrDefaultAsync(c => c.Id == planCompanyId, ct);
        if (company is null) return false;
        (company.Outcome, company.AssessedRevenue, company.ResultNote, company.ResultBy, company.ResultAtUtc) =
            (outcome, assessedRevenue, note?.Trim(), user, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(user, "trader.audit-result", "Importer", company.ImporterId.ToString(),
            new { planCompanyId, company.AuditPlanId, outcome = outcome.ToString(), assessedRevenue, note }), ct);
        return true;
    }

    public async Task<AuditPlanView?> LatestPlanAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await db.Set<AuditPlan>().AsNoTracking().Include(p => p.Companies).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        if (plan is null) return null;
        var ids = plan.Companies.Select(c => c.ImporterId).ToList();
        var names = await db.Importers.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return new AuditPlanView(plan.Id, plan.WindowFrom, plan.WindowTo, plan.Capacity, plan.ApprovedBy ?? plan.CreatedBy, plan.ApprovedAtUtc ?? plan.CreatedAtUtc,
            plan.Companies.OrderBy(c => c.Rank).Select(c => new AuditPlanCompanyView(c.Id, c.ImporterId, names.GetValueOrDefault(c.ImporterId, "?"), c.Rank,
                c.ExpectedRevenue, Reasons(c.ReasonsJson), c.Outcome, c.AssessedRevenue)).ToList());
    }

    public async Task<IReadOnlyList<AuditHistoryItem>> HistoryAsync(int importerId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<AuditPlanCompany>().AsNoTracking().Where(c => c.ImporterId == importerId)
            .Join(db.Set<AuditPlan>(), c => c.AuditPlanId, p => p.Id, (c, p) => new { c, p }).ToListAsync(ct);
        return rows.OrderByDescending(x => x.p.Id).Select(x => new AuditHistoryItem(x.c.Id, x.p.Id, x.p.ApprovedAtUtc ?? x.p.CreatedAtUtc,
            x.p.ApprovedBy ?? x.p.CreatedBy, x.c.Rank, x.c.ExpectedRevenue, x.c.Outcome, x.c.AssessedRevenue, x.c.ResultNote, x.c.ResultBy)).ToList();
    }

    private static IReadOnlyList<AuditReason> Reasons(string json) => JsonSerializer.Deserialize<List<AuditReason>>(json, Json) ?? [];
}
