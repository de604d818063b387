using Bunit;
using CustomsWorkbench.Features.Oversight.Models;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Components;
using CustomsWorkbench.Tests.Platform.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.Oversight;

/// <summary>Own database: the page promotes and rolls back the risk model.</summary>
public class ModelCataloguePageFactory : ModelCatalogueFactory;

public class ModelCataloguePageTests : ComponentTestContext, IClassFixture<ModelCataloguePageFactory>
{
    private readonly ModelCataloguePageFactory _factory;

    public ModelCataloguePageTests(ModelCataloguePageFactory factory)
    {
        _factory = factory;
        _ = factory.Server;
        foreach (var type in new[] { typeof(ModelCatalogue), typeof(ModelRegistry), typeof(BackgroundJobs), typeof(IRealtimeNotifier) })
            Services.AddSingleton(type, factory.Services.GetRequiredService(type));
        // The host's health service, or one over a fixed monitor set by a test before it renders.
        Services.AddSingleton(_ => _monitor is null ? factory.Services.GetRequiredService<ModelHealthService>()
            : new ModelHealthService([_monitor], factory.Services.GetRequiredService<ModelRegistry>(),
                factory.Services.GetRequiredService<CustomsWorkbench.Platform.Audit.IAuditLog>(),
                factory.Services.GetRequiredService<IDbContextFactory<CustomsWorkbench.Platform.Data.WorkbenchDbContext>>(),
                Microsoft.Extensions.Options.Options.Create(new ModelsOptions()), TimeProvider.System));
        SignInAs("supervisor", Roles.Supervisor);
    }

    private IModelMonitor? _monitor;

    private void UseMonitor(Func<ModelVersion, ModelHealth> health) => _monitor = new FixedMonitor(RiskEngine.ModelName, health);

    [Fact]
    public void A_kind_with_too_little_data_says_so_in_words_instead_of_charts()
    {
        UseMonitor(v => ModelHealth.Insufficient(v, 0.2, new("Only 3 alarms so far.", "경보가 3건뿐입니다.")));

        var cut = Render<ModelHealthPanel>(p => p.Add(x => x.Kind, RiskEngine.ModelName).Add(x => x.ActiveVersion, "any"));

        cut.WaitForAssertion(() => Assert.Equal("Only 3 alarms so far.", cut.Find("[data-testid=health-not-enough]").TextContent.Trim()));
        // No chart at all (the alert's own icon is the only picture).
        Assert.Empty(cut.FindAll("[data-testid^=chart-]"));
        Assert.Empty(cut.FindAll(".mud-chart"));
    }

    [Fact]
    public void A_kind_shows_its_own_chart_titles_and_names_the_parts_it_has_no_data_for()
    {
        string[] weeks = ["2026-11-16", "2026-11-23", "2026-11-30"];
        UseMonitor(v => new ModelHealth(v.Version, "", weeks, [], [0.01, 0.02, 0.3], [], [null, null, null], 0.2)
        {
            Wording = new(Score: new("Alarm confidence drift", "경보 신뢰도 드리프트"), Baseline: new("its first 4 weeks of alarms", "처음 4주의 경보")),
            NoOverrideData = new("No alarm was dismissed.", "기각된 경보가 없습니다."),
        });

        var cut = Render<ModelHealthPanel>(p => p.Add(x => x.Kind, RiskEngine.ModelName).Add(x => x.ActiveVersion, "any"));

        cut.WaitForAssertion(() => Assert.Contains("Alarm confidence drift", cut.Find("[data-testid=chart-score-drift]").TextContent));
        Assert.NotEmpty(cut.FindAll("[data-testid=chart-score-drift] svg"));
        Assert.Contains("its first 4 weeks of alarms", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=chart-feature-drift]"));
        Assert.Equal("No alarm was dismissed.", cut.Find("[data-testid=overrides-none]").TextContent.Trim());
        cut.Find("[data-testid=calibration-none]");
        // The latest week passed the threshold: the banner names the score in the kind's words.
        Assert.Contains("Alarm confidence drift", cut.Find("[data-testid=drift-banner]").TextContent);
    }

    [Fact]
    public void A_week_with_too_few_values_is_named_as_no_data_and_drawn_as_a_gap_not_a_zero()
    {
        string[] weeks = ["2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30", "2026-12-07"];
        // The middle week had fewer than WeeklyHealth.MinPerWeek scored values: no PSI, neither a shift nor a reassuring 0.
        UseMonitor(v => new ModelHealth(v.Version, "training window", weeks,
            [new FeatureDrift("a", new("Input A", "입력 A"), [0.01, 0.01, null, 0.02, 0.02]), new FeatureDrift("b", new("Input B", "입력 B"), [0.03, 0.03, null, 0.04, 0.04])],
            [0.05, 0.05, null, 0.06, 0.06], [], [null, null, null, null, null], 0.2));

        var cut = Render<ModelHealthPanel>(p => p.Add(x => x.Kind, RiskEngine.ModelName).Add(x => x.ActiveVersion, "any"));

        cut.WaitForAssertion(() => cut.Find("[data-testid=psi-no-data]"), TimeSpan.FromSeconds(30));
        var note = cut.Find("[data-testid=psi-no-data]").TextContent;
        Assert.Contains($"fewer than {WeeklyHealth.MinPerWeek} values", note);
        Assert.Contains("11-23", note);
        Assert.DoesNotContain("11-16", note);
        Assert.DoesNotContain("11-30", note);
        Assert.Empty(cut.FindAll("[data-testid=drift-banner]"));
        // The score line breaks at the empty week (two pieces) beside the unbroken threshold line (one): three pieces of
        // line, where a week drawn as 0 would leave two.
        var chart = cut.Find("[data-testid=chart-score-drift]");
        var pieces = LinePieces(chart);
        Assert.True(pieces == 3, $"{pieces} pieces of line in {chart.InnerHtml}");
    }

    /// <summary>Pieces of the series' lines drawn in a chart (grid lines aside): every "M" of a line's path starts one.</summary>
    private static int LinePieces(AngleSharp.Dom.IElement chart) =>
        chart.QuerySelectorAll("path.mud-chart-line").Sum(p => (p.GetAttribute("d") ?? "").Count(c => c == 'M'));

    [Fact]
    public async Task A_supervisor_compares_two_risk_versions_promotes_the_candidate_and_rolls_back_with_audit()
    {
        var catalogue = _factory.Services.GetRequiredService<ModelCatalogue>();
        var active = (await catalogue.GetAsync(RiskEngine.ModelName)).Active!;
        var candidate = (await catalogue.Kind(RiskEngine.ModelName).TrainAsync("supervisor", new CustomsWorkbench.Platform.InlineProgress<JobProgress>(_ => { }), CancellationToken.None))!;
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();

        var cut = Render<ModelCataloguePage>(p => p.Add(x => x.Kind, RiskEngine.ModelName));

        // One entry per registered kind (risk, X-ray detector, assistant intent, HS classifier, …).
        cut.WaitForAssertion(() => Assert.Equal(catalogue.Kinds.Count, cut.FindAll("[data-testid=model-kind]").Count));
        Assert.Equal(5, catalogue.Kinds.Count);
        cut.Find("[data-testid=model-card]");
        // The risk kind is watched: drift and calibration charts for the active version.
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=chart-feature-drift] svg")), TimeSpan.FromSeconds(60));
        Assert.NotEmpty(cut.FindAll("[data-testid=chart-calibration] svg"));
        // Default comparison: the active version (A) against the newest other one (B), validation and held-out charts.
        var table = cut.Find("[data-testid=comparison-table]").TextContent;
        Assert.Contains(active.Version, table);
        Assert.Contains(candidate.Version, table);
        Assert.NotEmpty(cut.FindAll("[data-testid=chart-validation] svg"));
        Assert.NotEmpty(cut.FindAll("[data-testid=chart-heldout] svg"));
        Assert.Contains(cut.FindAll("[data-testid=comparison-metric]"), r => r.TextContent.StartsWith("validation · Precision in the top 1 %"));

        cut.FindAll("[data-testid=version-row]").Single(r => r.GetAttribute("data-version") == candidate.Version)
            .ParentElement!.QuerySelector("[data-testid=version-promote]")!.Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=confirm-ok]"));
        Assert.Contains(candidate.Version, dialogs.Find("[data-testid=confirm-text]").TextContent);
        dialogs.Find("textarea[data-testid=confirm-reason]").Change("higher validation precision");
        dialogs.Find("[data-testid=confirm-ok]").Click();

        cut.WaitForAssertion(() => Assert.Contains(candidate.Version, cut.Find("[data-testid=models-message]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Equal(candidate.Version, (await catalogue.GetAsync(RiskEngine.ModelName)).Active!.Version);

        cut.Find("[data-testid=models-rollback]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=confirm-ok]"));
        dialogs.Find("[data-testid=confirm-ok]").Click();

        cut.WaitForAssertion(() => Assert.Contains(active.Version, cut.Find("[data-testid=models-message]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Equal(active.Version, (await catalogue.GetAsync(RiskEngine.ModelName)).Active!.Version);
        await using var db = _factory.CreateDbContext();
        var promoted = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "model.promoted" && e.EntityId == candidate.Version);
        Assert.Equal("supervisor", promoted.Actor);
        Assert.Contains("higher validation precision", promoted.Details);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "model.rolled-back" && e.EntityId == active.Version));
    }
}

/// <summary>A monitor with a fixed answer, to see how the panel shows a kind's own words and its missing data.</summary>
file sealed class FixedMonitor(string name, Func<ModelVersion, ModelHealth> health) : IModelMonitor
{
    public string Name => name;
    public Task<ModelHealth> HealthAsync(ModelVersion version, double threshold, CancellationToken ct) => Task.FromResult(health(version));
}
