using Bunit;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>The promotion page over two registered versions, with or without the engine's trainer.</summary>
public abstract class RiskModelsPageContext : ComponentTestContext, IClassFixture<RiskDeskFactory>
{
    protected RiskModelsPageContext(RiskDeskFactory factory, IRiskModelTraining? training)
    {
        if (training is not null) Services.AddSingleton(training);
        Services.AddSingleton(factory.Services.GetRequiredService<ModelRegistry>());
        Services.AddSingleton(factory.Services.GetRequiredService<BackgroundJobs>());
        Services.AddSingleton(factory.Services.GetRequiredService<IRealtimeNotifier>());
        SignInAs("supervisor", Roles.Supervisor);
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        // The engine registered the first real model as active at start-up; add a candidate with known figures beside it.
        var versions = registry.ListAsync(RiskModels.RiskModelName).GetAwaiter().GetResult();
        if (!versions.Any(v => v.ArtifactPath == "risk/candidate-test.zip"))
        {
            const string metrics = """{"strategies":[{"name":"ml","k":0.01,"precision":0.7,"recall":0.1,"revenue":0.2}]}""";
            registry.RegisterCandidateAsync(new NewModelVersion("risk", "supervisor", "risk/candidate-test.zip", metrics, """{"value_ratio":0.5}""")).GetAwaiter().GetResult();
        }
        Active = registry.GetActiveAsync(RiskModels.RiskModelName).GetAwaiter().GetResult()!;
    }

    protected ModelVersion Active { get; }

    /// <summary>Stands in for the engine's trainer: returns a queued job without training anything.</summary>
    protected sealed class RecordingTraining : IRiskModelTraining
    {
        public JobState StartRetraining(string requestedBy) =>
            new(Guid.NewGuid(), "risk-retrain", requestedBy, JobStatus.Queued, 0, "", DateTime.UtcNow, null, null, null);
    }
}

public class RiskModelsPageTests(RiskDeskFactory factory) : RiskModelsPageContext(factory, null)
{
    [Fact]
    public void Without_the_engine_retraining_is_disabled_with_a_message_and_versions_still_compare()
    {
        Render<MudPopoverProvider>();
        var cut = Render<RiskModels>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=model-row]")));
        Assert.True(cut.Find("[data-testid=models-retrain]").HasAttribute("disabled"));
        cut.Find("[data-testid=models-retrain-unavailable]");
        var row = cut.Find("[data-testid=metric-row]");
        var activePrecision = ModelMetrics.ModelRows(Active.MetricsJson).First(r => r.K == 0.01).Precision;
        Assert.Contains(activePrecision.ToString("P1"), row.TextContent);
        Assert.Contains("70.0%", row.TextContent);
    }
}

public class RiskModelsRetrainTests(RiskDeskFactory factory) : RiskModelsPageContext(factory, new RecordingTraining())
{
    [Fact]
    public void With_the_engine_retrain_starts_a_job_and_shows_its_progress()
    {
        Render<MudPopoverProvider>();
        var cut = Render<RiskModels>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=model-row]")));

        cut.Find("[data-testid=models-retrain]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Queued", cut.Find("[data-testid=models-job]").GetAttribute("data-status")));
        Assert.Empty(cut.FindAll("[data-testid=models-retrain-unavailable]"));
    }
}
