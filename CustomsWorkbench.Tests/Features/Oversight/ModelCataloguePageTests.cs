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
        foreach (var type in new[] { typeof(ModelCatalogue), typeof(ModelRegistry), typeof(BackgroundJobs), typeof(IRealtimeNotifier), typeof(ModelHealthService) })
            Services.AddSingleton(type, factory.Services.GetRequiredService(type));
        SignInAs("supervisor", Roles.Supervisor);
    }

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
        Assert.Equal(4, catalogue.Kinds.Count);
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
        Assert.Contains(cut.FindAll("[data-testid=comparison-metric]"), r => r.TextContent.StartsWith("validation · precision@1%"));

        cut.FindAll("[data-testid=version-row]").Single(r => r.GetAttribute("data-version") == candidate.Version)
            .ParentElement!.QuerySelector("[data-testid=version-promote]")!.Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=confirm-ok]"));
        Assert.Contains(candidate.Version, dialogs.Find("[data-testid=confirm-text]").TextContent);
        dialogs.Find("textarea[data-testid=confirm-reason]").Change("higher validation precision");
        dialogs.Find("[data-testid=confirm-ok]").Click();

        cut.WaitForAssertion(() => Assert.Contains(candidate.Version, cut.Find("[data-testid=models-message]").TextContent));
        Assert.Equal(candidate.Version, (await catalogue.GetAsync(RiskEngine.ModelName)).Active!.Version);

        cut.Find("[data-testid=models-rollback]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=confirm-ok]"));
        dialogs.Find("[data-testid=confirm-ok]").Click();

        cut.WaitForAssertion(() => Assert.Contains(active.Version, cut.Find("[data-testid=models-message]").TextContent));
        Assert.Equal(active.Version, (await catalogue.GetAsync(RiskEngine.ModelName)).Active!.Version);
        await using var db = _factory.CreateDbContext();
        var promoted = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "model.promoted" && e.EntityId == candidate.Version);
        Assert.Equal("supervisor", promoted.Actor);
        Assert.Contains("higher validation precision", promoted.Details);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "model.rolled-back" && e.EntityId == active.Version));
    }
}
