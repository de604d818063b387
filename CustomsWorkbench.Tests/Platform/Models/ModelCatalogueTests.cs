using System.Text.Json;
using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Models;

/// <summary>Own database: these tests promote and roll back every kind.</summary>
public class ModelCatalogueFactory : WorkbenchFactory, IAsyncLifetime
{
    // The 800-declaration demo world holds too few inspected parcels for the parcel risk model to train.
    public async Task InitializeAsync()
    {
        _ = Server;
        await CustomsWorkbench.Tests.Features.PersonalImports.Risk.PlantedParcelLabels.ImportAndLabelAsync(this, seed: 5152, parcels: 3000, days: 120);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override int DemoDeclarationCount => 800;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("XRay:PrepareScansInBackground", "false");
        builder.UseSetting("XRay:DemoDeclarationScans", "2");
        builder.UseSetting("XRay:DemoParcelScans", "1");
        builder.UseSetting("XRay:TrainingScans", "30");
    }
}

public class ModelCatalogueTests(ModelCatalogueFactory factory) : IClassFixture<ModelCatalogueFactory>
{
    private static readonly string[] ExistingKinds = [AssistantIntentKind.ModelName, RiskEngine.ModelName, DetectorProvider.ModelName,
        CustomsWorkbench.Features.TraderSupport.Classification.HsClassifierKind.ModelName,
        CustomsWorkbench.Features.PersonalImports.Risk.ParcelRiskScorer.ModelName];

    private ModelCatalogue Catalogue
    {
        get
        {
            _ = factory.Server;
            return factory.Services.GetRequiredService<ModelCatalogue>();
        }
    }

    [Fact]
    public void Every_existing_model_kind_is_registered_with_a_card()
    {
        Assert.Equal(ExistingKinds.Order(), Catalogue.Kinds.Select(k => k.Name).Order());
        Assert.All(Catalogue.Kinds, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(k.Card.IntendedUse.En));
            Assert.False(string.IsNullOrWhiteSpace(k.Card.KnownLimits.Ko));
            Assert.NotEmpty(k.Card.Stages);
        });
    }

    [Theory]
    [InlineData(RiskEngine.ModelName)]
    [InlineData(DetectorProvider.ModelName)]
    [InlineData(AssistantIntentKind.ModelName)]
    [InlineData(CustomsWorkbench.Features.TraderSupport.Classification.HsClassifierKind.ModelName)]
    public async Task Every_kind_trains_a_candidate_promotes_it_and_rolls_back_with_audit(string kind)
    {
        var catalogue = Catalogue;
        var first = (await catalogue.GetAsync(kind)).Active ?? await TrainAsync(catalogue, kind);
        var candidate = await TrainAsync(catalogue, kind);
        Assert.Equal(ModelStatus.Candidate, candidate.Status);
        Assert.NotEmpty(catalogue.Kind(kind).Evaluate(candidate).Validation);
        Assert.NotEmpty(catalogue.Kind(kind).Evaluate(candidate).HeldOut);

        await catalogue.PromoteAsync(kind, candidate.Version, "supervisor", "better on validation");
        var afterPromotion = await catalogue.GetAsync(kind);
        Assert.Equal(candidate.Version, afterPromotion.Active!.Version);
        Assert.Equal(ModelStatus.Retired, afterPromotion.Versions.Single(v => v.Version == first.Version).Status);

        var back = await catalogue.RollbackAsync(kind, "supervisor", "drift after promotion");
        Assert.Equal(first.Version, back.Version);
        var afterRollback = await catalogue.GetAsync(kind);
        Assert.Equal(first.Version, afterRollback.Active!.Version);
        Assert.Equal(ModelStatus.Retired, afterRollback.Versions.Single(v => v.Version == candidate.Version).Status);

        await using var db = factory.CreateDbContext();
        var actions = await db.Set<AuditEntry>().Where(e => e.EntityType == "ModelVersion" && (e.EntityId == candidate.Version || e.EntityId == first.Version))
            .Select(e => e.Action).ToListAsync();
        Assert.Contains("model.promoted", actions);
        Assert.Contains("model.rolled-back", actions);
    }

    [Fact]
    public async Task A_version_whose_files_are_gone_is_not_promoted_and_nothing_changes()
    {
        var catalogue = Catalogue;
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        var broken = await registry.RegisterCandidateAsync(new NewModelVersion(RiskEngine.ModelName, "test", "risk/missing-folder", "{}", "{}"));
        var activeBefore = (await catalogue.GetAsync(RiskEngine.ModelName)).Active?.Version;

        var e = await Assert.ThrowsAsync<ModelCatalogueException>(() => catalogue.PromoteAsync(RiskEngine.ModelName, broken.Version, "supervisor", null));

        Assert.Contains("cannot be loaded", e.Message);
        Assert.Equal(activeBefore, (await catalogue.GetAsync(RiskEngine.ModelName)).Active?.Version);
    }

    [Fact]
    public async Task Trainings_of_one_kind_that_finish_together_get_distinct_versions_and_one_active()
    {
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        const string name = "race-test";

        var registered = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => registry.RegisterCandidateAsync(new NewModelVersion(name, "test", "race/none", "{}", "{}"), activateIfNone: true))));

        Assert.Equal(4, registered.Select(v => v.Version).Distinct().Count());
        var stored = await registry.ListAsync(name);
        Assert.Equal(4, stored.Count);
        Assert.Single(stored, v => v.Status == ModelStatus.Active);
    }

    [Fact]
    public async Task Models_list_json_names_every_kind_with_its_active_version_and_validation_metrics()
    {
        var catalogue = Catalogue;
        foreach (var kind in ExistingKinds)
            if ((await catalogue.GetAsync(kind)).Active is null) await TrainAsync(catalogue, kind);

        var run = await CliVerbRunner.RunAsync(factory, "models list", "--json");

        Assert.Equal(0, run.Code);
        var list = JsonSerializer.Deserialize<List<ModelSummary>>(run.Out, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(ExistingKinds.Order(), list.Select(s => s.Kind).Order());
        Assert.All(list, s =>
        {
            Assert.NotNull(s.ActiveVersion);
            Assert.NotEmpty(s.Validation);
        });
    }

    [Fact]
    public async Task Models_promote_with_an_unknown_kind_or_version_exits_1_and_names_what_exists()
    {
        var unknownKind = await CliVerbRunner.RunAsync(factory, "models promote", "no-such-kind", "v1");
        var unknownVersion = await CliVerbRunner.RunAsync(factory, "models promote", RiskEngine.ModelName, "risk-19990101-1");
        var usage = await CliVerbRunner.RunAsync(factory, "models promote", RiskEngine.ModelName);

        Assert.Equal(1, unknownKind.Code);
        Assert.Contains("Known kinds: assistant-intent, hs-classifier, parcel-risk, risk, xray-detector", unknownKind.Error);
        Assert.Equal(1, unknownVersion.Code);
        Assert.Contains("no version 'risk-19990101-1'", unknownVersion.Error);
        Assert.Equal(2, usage.Code);
    }

    [Fact]
    public async Task Risk_drift_is_measured_per_week_and_passing_the_threshold_writes_one_audit_entry()
    {
        _ = Catalogue;
        var services = factory.Services;
        // A threshold nothing stays under, so the alert path runs on any world; two services, so the second computes again.
        ModelHealthService Create() => new(services.GetServices<IModelMonitor>(), services.GetRequiredService<ModelRegistry>(),
            services.GetRequiredService<CustomsWorkbench.Platform.Audit.IAuditLog>(), services.GetRequiredService<IDbContextFactory<CustomsWorkbench.Platform.Data.WorkbenchDbContext>>(),
            Microsoft.Extensions.Options.Options.Create(new ModelsOptions { DriftThreshold = 1e-9 }), TimeProvider.System);
        var health = Create();

        var report = (await health.HealthAsync(RiskEngine.ModelName))!;
        await Create().HealthAsync(RiskEngine.ModelName);

        Assert.Equal(RiskHealthMonitor.Weeks, report.Weeks.Count);
        Assert.NotEmpty(report.Features);
        Assert.All(report.Features, f => Assert.Equal(report.Weeks.Count, f.Psi.Count));
        Assert.Equal(report.Weeks.Count, report.ScorePsi.Count);
        Assert.Equal(1 + RiskHealthMonitor.CalibrationMonths, report.Calibration.Count);
        Assert.All(report.Calibration, p => Assert.Equal(10, p.Deciles.Count));
        Assert.NotEmpty(report.DriftingNow);
        await using var db = factory.CreateDbContext();
        var entityId = $"{report.Version}@{report.Weeks[^1]}";
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(e => e.Action == ModelHealthService.DriftAction && e.EntityId == entityId));
        // Unknown kinds have no health report.
        Assert.Null(await health.HealthAsync("no-such-kind"));
    }

    [Fact]
    public async Task Every_kind_is_watched_and_reports_its_health_or_says_in_words_why_it_cannot_yet()
    {
        var catalogue = Catalogue;
        var health = factory.Services.GetRequiredService<ModelHealthService>();
        foreach (var kind in ExistingKinds)
        {
            if ((await catalogue.GetAsync(kind)).Active is null) await TrainAsync(catalogue, kind);
            Assert.True(health.Watches(kind), kind);

            var report = await health.HealthAsync(kind);

            Assert.NotNull(report);
            if (report.NotEnoughData is { } why)
            {
                Assert.Empty(report.Weeks);
                Assert.False(string.IsNullOrWhiteSpace(why.En) || string.IsNullOrWhiteSpace(why.Ko), kind);
            }
            else
            {
                // Up to twelve weeks; a model in use for fewer weeks charts only those.
                Assert.InRange(report.Weeks.Count, 1, 12);
                Assert.Equal(report.Weeks.Count, report.ScorePsi.Count);
                Assert.Equal(report.Weeks.Count, report.OverrideShare.Count);
            }
        }
    }

    [Fact]
    public async Task A_risk_version_in_shadow_scores_arrivals_beside_the_active_one_and_changes_no_channel()
    {
        var catalogue = Catalogue;
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        var active = (await catalogue.GetAsync(RiskEngine.ModelName)).Active!;
        var candidate = await TrainAsync(catalogue, RiskEngine.ModelName);
        await using var db = factory.CreateDbContext();
        var ids = await db.Set<DeclarationTriage>().OrderByDescending(t => t.Date).Select(t => t.DeclarationId).Take(40).ToListAsync();
        var scoring = factory.Services.GetRequiredService<IRiskScoringService>();
        // The control: the same re-score without a shadow (a re-score plans against thresholds, not whole days).
        await scoring.ScoreAsync(ids);
        await registry.SetShadowAsync(candidate.Id, shadow: true, "supervisor");
        var before = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => ids.Contains(t.DeclarationId))
            .ToDictionaryAsync(t => t.DeclarationId, t => (t.RecommendedChannel, t.Score, t.ModelVersion));

        await scoring.ScoreAsync(ids);

        var after = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => ids.Contains(t.DeclarationId))
            .ToDictionaryAsync(t => t.DeclarationId, t => (t.RecommendedChannel, t.Score, t.ModelVersion));
        Assert.Equal(before, after);
        Assert.All(after.Values, a => Assert.Equal(active.Version, a.ModelVersion));
        var shadowRows = await db.Set<ShadowScore>().Where(s => s.ShadowVersion == candidate.Version).ToListAsync();
        Assert.Equal(ids.Order(), shadowRows.Select(s => s.DeclarationId).Order());
        Assert.All(shadowRows, s => Assert.Equal(before[s.DeclarationId].RecommendedChannel, s.ActiveChannel));
        var summary = await factory.Services.GetRequiredService<RiskShadowScorer>().SummaryAsync(candidate, CancellationToken.None);
        Assert.Equal(ids.Count, summary.Scored);
        Assert.InRange(summary.Agreement, 0, 1);

        await registry.SetShadowAsync(candidate.Id, shadow: false, "supervisor");
    }

    private static async Task<ModelVersion> TrainAsync(ModelCatalogue catalogue, string kind) =>
        await catalogue.Kind(kind).TrainAsync("supervisor", new CustomsWorkbench.Platform.InlineProgress<JobProgress>(_ => { }), CancellationToken.None)
        ?? throw new InvalidOperationException($"{kind} did not train");
}
