using Bunit;
using CustomsWorkbench.Features.Oversight.Agreement;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.Oversight;

public class AgreementPageTests : ComponentTestContext
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    public AgreementPageTests()
    {
        Services.AddSingleton<TimeProvider>(new FixedClock(Today));
        Services.AddSingleton<IAiDecisionSource>(new FixedSource("risk",
        [
            new("risk", "SEL", "officer", "risk-v2", Today, true, "/risk/declarations/1"),
            new("risk", "SEL", "officer", "risk-v2", Today.AddDays(-8), false, "/risk/declarations/2"),
            new("risk", "BUS", "officer2", "risk-v1", Today.AddDays(-200), false, "/risk/declarations/3"),
        ]));
        Services.AddSingleton<IAiDecisionSource>(new FixedSource("xray", [new("xray", "BUS", "officer2", "xray-v1", Today.AddDays(-1), true, "/xray/scans/9")]));
        SignInAs("supervisor", Roles.Supervisor);
    }

    [Fact]
    public void Shows_each_feature_s_agreement_as_charts_and_a_table_whose_rows_open_the_record()
    {
        Render<MudPopoverProvider>();
        var cut = Render<AgreementPage>();

        // The charts render slowly when the machine is busy (the whole suite on two cores).
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=agreement-feature-card]").Count), TimeSpan.FromSeconds(30));
        var risk = cut.Find("[data-testid=agreement-feature-card][data-feature=risk]").TextContent;
        // The 200-day-old decision is outside the default 12 weeks.
        Assert.Contains("50%", risk);
        Assert.Contains("1 of 2 followed", risk);
        foreach (var chart in new[] { "weekly", "office", "officer", "model" })
            Assert.NotEmpty(cut.FindAll($"[data-testid=chart-agreement-{chart}] svg"));
        var links = cut.FindAll("[data-testid=agreement-row]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/risk/declarations/1", "/xray/scans/9", "/risk/declarations/2"], links);
        Assert.Contains("parcel", cut.Find("[data-testid=agreement-help]").TextContent);
    }

    [Fact]
    public void Aggregates_by_office_officer_model_version_and_week()
    {
        var report = AgreementReport.Build(
        [
            new("risk", "SEL", "a", "v1", Today, true, "/1"), new("risk", "SEL", "b", "v1", Today, false, "/2"),
            new("xray", "BUS", "a", "x1", Today.AddDays(-7), true, "/3"), new("xray", "BUS", "a", "x1", Today.AddDays(-100), false, "/4"),
        ], Today, 4);

        Assert.Equal(4, report.Weeks.Count);
        Assert.Equal(AgreementReport.Monday(Today), report.Weeks[^1]);
        Assert.Equal([("a", 2, 2), ("b", 1, 0)], report.ByOfficer.Select(g => (g.Key, g.Decisions, g.Agreed)));
        Assert.Equal([("SEL", 2, 1), ("BUS", 1, 1)], report.ByOffice.Select(g => (g.Key, g.Decisions, g.Agreed)));
        Assert.Contains(report.ByModelVersion, g => g.Key == "risk · v1" && g.Rate == 0.5);
        var xray = Assert.Single(report.Weekly, w => w.Feature == "xray");
        Assert.Equal([null, null, 1.0, null], xray.Rates);
    }

    private sealed class FixedSource(string feature, IReadOnlyList<AiDecision> decisions) : IAiDecisionSource
    {
        public IReadOnlyList<AiDecision> Decisions => decisions;
        public string Feature => feature;
        public Task<IReadOnlyList<AiDecision>> DecisionsAsync(DateOnly since, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<AiDecision>>(decisions.Where(d => d.Date >= since).ToList());
    }

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
