using System.Text.Json;
using Bunit;
using CustomsWorkbench.Features.TraderSupport.Audit;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

[Collection(TraderCollection.Name)]
public class AuditPlanTests : ComponentTestContext
{
    private readonly TraderTestFactory _factory;

    public AuditPlanTests(TraderTestFactory factory)
    {
        _factory = factory;
        _ = factory.Server;
        Services.AddSingleton(factory.Services.GetRequiredService<AuditSelectionService>());
        Services.AddSingleton(factory.Services.GetRequiredService<AuditPlanService>());
    }

    [Fact]
    public async Task A_supervisor_reviews_the_explained_ranking_and_approves_a_plan_under_the_capacity()
    {
        SignInAs("supervisor", Roles.Supervisor);
        // The latest plan's result pickers (MudSelect) need the popover provider once another test has approved a plan.
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<AuditPlanPage>();
        page.WaitForElement("[data-testid=audit-candidates]", TimeSpan.FromSeconds(90));
        page.Find("input[data-testid=audit-capacity]").Change("5");

        Assert.Equal(5, page.FindAll("[data-testid=audit-company]").Count);
        Assert.All(page.FindAll("[data-testid=audit-explanation]"), e => Assert.NotEmpty(e.QuerySelectorAll("li")));
        page.Find("[data-testid=audit-approve]").Click();
        page.Find("[data-testid=audit-confirm]").Click();
        page.WaitForElement("[data-testid=audit-approved]", TimeSpan.FromSeconds(30));

        await using var db = _factory.CreateDbContext();
        var plan = await db.Set<AuditPlan>().Include(p => p.Companies).OrderByDescending(p => p.Id).FirstAsync();
        Assert.Equal((5, AuditPlanStatus.Approved, "supervisor"), (plan.Companies.Count, plan.Status, plan.ApprovedBy));
        Assert.Equal([1, 2, 3, 4, 5], plan.Companies.Select(c => c.Rank).Order());
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Action == "trader.audit-plan-approved" && a.EntityId == plan.Id.ToString()));
        Assert.Equal(5, page.FindAll("[data-testid=plan-company]").Count);
    }

    [Fact]
    public async Task An_audit_result_becomes_a_label_the_next_ranking_reads()
    {
        var selection = _factory.Services.GetRequiredService<AuditSelectionService>();
        var plans = _factory.Services.GetRequiredService<AuditPlanService>();
        var ranking = await selection.RankAsync(refresh: true);
        var planId = await plans.ApproveAsync(ranking, 3, "supervisor");
        await using var db = _factory.CreateDbContext();
        var first = await db.Set<AuditPlanCompany>().SingleAsync(c => c.AuditPlanId == planId && c.Rank == 1);

        Assert.True(await plans.RecordResultAsync(first.Id, AuditOutcome.Irregularities, 12_345_678, "undervalued invoices", "supervisor"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => plans.RecordResultAsync(first.Id, AuditOutcome.Compliant, -1, null, "supervisor"));

        var next = await selection.RankAsync(refresh: true);
        Assert.Equal(AuditOutcome.Irregularities, next.Signals[first.ImporterId].LastAudit);
        Assert.Contains(next.Candidates.Single(c => c.ImporterId == first.ImporterId).Reasons, r => r.Signal == "prior-audit" && r.Revenue == 12_345_678);
        Assert.Contains(await plans.HistoryAsync(first.ImporterId), h => h.Outcome == AuditOutcome.Irregularities && h.AssessedRevenue == 12_345_678);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Action == "trader.audit-result" && a.EntityId == first.ImporterId.ToString()));
    }

    [Fact]
    public async Task Evaluate_audit_reports_precision_at_k_of_the_ranking_and_of_the_hit_rate_baseline()
    {
        var run = await CliVerbRunner.RunAsync(_factory, "evaluate audit", "--json");

        Assert.Equal(0, run.Code);
        var report = JsonDocument.Parse(run.Out).RootElement;
        foreach (var period in new[] { "validation", "test" })
        {
            var precision = report.GetProperty(period).GetProperty("precision").EnumerateArray().ToList();
            Assert.Equal([25, 50, 100], precision.Select(p => p.GetProperty("k").GetInt32()));
            Assert.All(precision, p => Assert.InRange(p.GetProperty("ranking").GetDouble(), 0, 1));
            Assert.All(precision, p => Assert.InRange(p.GetProperty("hitRateBaseline").GetDouble(), 0, 1));
            Assert.True(report.GetProperty(period).GetProperty("offenders").GetInt32() > 0);
        }
        Assert.Equal(2, (await CliVerbRunner.RunAsync(_factory, "evaluate audit", "--bogus")).Code);
    }
}
