using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

public class RiskEngineIntegrationTests(RiskEngineFactory factory) : IClassFixture<RiskEngineFactory>
{
    [Fact]
    public async Task First_start_trains_an_active_model_and_scores_every_declaration()
    {
        _ = factory.Server;
        await using var db = factory.CreateDbContext();
        var declarations = await db.Declarations.CountAsync();
        var current = await db.Set<RiskAssessment>().Where(a => a.IsCurrent).ToListAsync();
        var active = await factory.Services.GetRequiredService<ModelRegistry>().GetActiveAsync(RiskEngine.ModelName);

        Assert.NotNull(active);
        Assert.True(declarations >= 4000);
        Assert.Equal(declarations, current.Select(a => a.DeclarationId).Distinct().Count());
        Assert.Equal(declarations, await db.Set<DeclarationTriage>().CountAsync());
        Assert.Contains(current, a => a.ModelVersion == active.Version && a.RecommendedChannel == Channel.Red && a.Reason == SelectionReason.Model);
        Assert.Contains(current, a => a.Reason == SelectionReason.RandomExploration);
        var explanation = JsonSerializer.Deserialize<RiskExplanation>(current.OrderByDescending(a => a.Score).First().ExplanationJson, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.NotEmpty(explanation.TopContributions);
        Assert.False(string.IsNullOrWhiteSpace(explanation.SummaryKo));
        using var metrics = JsonDocument.Parse(active.MetricsJson);
        Assert.True(metrics.RootElement.GetProperty("strategies").GetArrayLength() == 16);
        // Inspected history arrives closed in the queue; what is still open was never inspected.
        Assert.DoesNotContain(await db.Set<DeclarationTriage>().Where(t => t.Status == TriageStatus.Open).Select(t => t.DeclarationId).Take(500).ToListAsync(),
            id => db.Declarations.Single(d => d.Id == id).Inspected);
    }

    [Fact]
    public async Task Imported_declarations_are_scored_on_arrival_and_announced_on_the_queue_topic()
    {
        _ = factory.Server;
        var announced = new List<int>();
        using var subscription = factory.Services.GetRequiredService<IRealtimeNotifier>().Subscribe(RiskEvents.QueueTopic, message =>
        {
            if (message.EventName == RiskEvents.Scored) lock (announced) announced.AddRange(Ids(message.Payload));
            return Task.CompletedTask;
        });

        var report = await factory.Services.GetRequiredService<DeclarationImportService>()
            .ImportFileAsync(BacudaFile.WriteTemp(BacudaFile.Text("RISKARR", 12)), "arrivals.csv", "test");

        await using var db = factory.CreateDbContext();
        var ids = await db.Declarations.Where(d => d.Number.StartsWith("RISKARR")).Select(d => d.Id).ToListAsync();
        Assert.Equal(12, ids.Count);
        var assessments = await db.Set<RiskAssessment>().Where(a => ids.Contains(a.DeclarationId) && a.IsCurrent).ToListAsync();
        Assert.Equal(ids.Order(), assessments.Select(a => a.DeclarationId).Order());
        Assert.All(assessments, a => Assert.StartsWith("risk-", a.ModelVersion));
        var triage = await db.Set<DeclarationTriage>().Where(t => ids.Contains(t.DeclarationId)).ToListAsync();
        Assert.Equal(12, triage.Count);
        lock (announced) Assert.Subset(announced.ToHashSet(), ids.ToHashSet());
        Assert.True(report.Inserted == 12, $"inserted {report.Inserted}");
    }

    [Fact]
    public async Task Rescoring_keeps_the_officers_workflow_fields_and_one_current_assessment()
    {
        _ = factory.Server;
        int id;
        await using (var db = factory.CreateDbContext())
        {
            var row = await db.Set<DeclarationTriage>().Where(t => t.Status == TriageStatus.Open).OrderBy(t => t.DeclarationId).FirstAsync();
            row.Status = TriageStatus.Claimed;
            row.ClaimedBy = "officer";
            await db.SaveChangesAsync();
            id = row.DeclarationId;
        }

        await factory.Services.GetRequiredService<IRiskScoringService>().ScoreAsync([id]);

        await using var check = factory.CreateDbContext();
        var triage = await check.Set<DeclarationTriage>().SingleAsync(t => t.DeclarationId == id);
        Assert.Equal((TriageStatus.Claimed, "officer"), (triage.Status, triage.ClaimedBy));
        Assert.Equal(1, await check.Set<RiskAssessment>().CountAsync(a => a.DeclarationId == id && a.IsCurrent));
        Assert.True(await check.Set<RiskAssessment>().CountAsync(a => a.DeclarationId == id) >= 2);
    }

    [Fact]
    public async Task Evaluate_risk_json_parses_and_the_model_beats_random_at_five_percent()
    {
        _ = factory.Server;
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == "evaluate risk");
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await verb.RunAsync(["--json"], new CliConsole(output, error), CancellationToken.None);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        var rows = json.RootElement.GetProperty("strategies").EnumerateArray()
            .Select(r => (Name: r.GetProperty("name").GetString(), K: r.GetProperty("k").GetDouble(), Precision: r.GetProperty("precision").GetDouble(),
                Recall: r.GetProperty("recall").GetDouble(), Revenue: r.GetProperty("revenue").GetDouble())).ToList();
        Assert.Equal(16, rows.Count);
        Assert.Equal(["hybrid", "ml", "random", "rules"], rows.Select(r => r.Name!).Distinct().Order());
        var truth = json.RootElement.GetProperty("groundTruth").GetProperty("strategies").EnumerateArray()
            .Select(r => (Name: r.GetProperty("name").GetString(), K: r.GetProperty("k").GetDouble(), Precision: r.GetProperty("precision").GetDouble())).ToList();
        double At(string name) => truth.Single(r => r.Name == name && Math.Abs(r.K - 0.05) < 1e-9).Precision;
        Assert.True(At("ml") > 2 * At("random"), $"ml {At("ml"):P1} vs random {At("random"):P1} at k=5% (planted truth)");
        var inspectedMl = rows.Single(r => r.Name == "ml" && Math.Abs(r.K - 0.10) < 1e-9);
        var inspectedRandom = rows.Single(r => r.Name == "random" && Math.Abs(r.K - 0.10) < 1e-9);
        Assert.True(inspectedMl.Recall > inspectedRandom.Recall, $"inspected recall@10%: ml {inspectedMl.Recall:P1} vs random {inspectedRandom.Recall:P1}");
    }

    [Fact]
    public async Task Evaluate_risk_text_leads_with_the_planted_truth_table()
    {
        _ = factory.Server;
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == "evaluate risk");
        var output = new StringWriter();

        Assert.Equal(0, await verb.RunAsync([], new CliConsole(output, new StringWriter()), CancellationToken.None));

        var text = output.ToString();
        Assert.True(text.IndexOf("Demo ground truth", StringComparison.Ordinal) is >= 0 and var truth && truth < text.IndexOf("Labelled population", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task A_registered_risk_version_carries_a_validation_window_that_ends_before_the_test_window()
    {
        _ = factory.Server;
        var active = (await factory.Services.GetRequiredService<ModelRegistry>().GetActiveAsync(RiskEngine.ModelName))!;

        using var json = JsonDocument.Parse(active.MetricsJson);
        var validation = json.RootElement.GetProperty("validation");
        Assert.True(validation.GetProperty("testTo").GetDateTime() < json.RootElement.GetProperty("testFrom").GetDateTime());
        Assert.NotEmpty(validation.GetProperty("strategies").EnumerateArray());
        var evaluation = factory.Services.GetRequiredService<RiskModelKind>().Evaluate(active);
        Assert.Contains(evaluation.Validation, m => m.Name == "precision@5 %");
        Assert.Contains(evaluation.HeldOut, m => m.Name == "precision@5 %");
    }

    [Fact]
    public async Task Evaluate_risk_reports_the_hybrid_as_the_planner_runs_it_on_a_validation_window_before_the_once_computed_test_window()
    {
        _ = factory.Server;
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == "evaluate risk");
        var (json, text) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, await verb.RunAsync(["--json"], new CliConsole(json, new StringWriter()), CancellationToken.None));
        Assert.Equal(0, await verb.RunAsync([], new CliConsole(text, new StringWriter()), CancellationToken.None));

        using var doc = JsonDocument.Parse(json.ToString());
        var test = doc.RootElement;
        var validation = test.GetProperty("validation");
        Assert.True(validation.GetProperty("testTo").GetDateTime() < test.GetProperty("testFrom").GetDateTime());
        var redShare = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RiskOptions>>().Value.RedShare;
        foreach (var window in new[] { test, validation })
            foreach (var table in new[] { window, window.GetProperty("groundTruth") })
            {
                var deployed = table.GetProperty("asDeployed");
                Assert.Equal(RiskEvaluator.AsDeployedName, deployed.GetProperty("name").GetString());
                // Each office's day gets red capacity for its share of declarations (rule hits may add a few), not k% of the whole window.
                Assert.InRange(deployed.GetProperty("k").GetDouble(), redShare / 2, redShare * 3);
            }
        var output = text.ToString();
        var validationAt = output.IndexOf("Validation window (used for choosing settings)", StringComparison.Ordinal);
        Assert.True(validationAt >= 0 && validationAt < output.IndexOf("Test window (computed once", StringComparison.Ordinal), output);
        Assert.Contains("hybrid as the planner runs it (per office and day", output);
    }

    [Fact]
    public async Task Evaluate_risk_rejects_unknown_arguments()
    {
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == "evaluate risk");
        var error = new StringWriter();
        Assert.Equal(2, await verb.RunAsync(["--bogus"], new CliConsole(new StringWriter(), error), CancellationToken.None));
        Assert.Contains("--bogus", error.ToString());
    }

    [Fact]
    public async Task Retraining_runs_as_a_background_job_and_registers_a_candidate()
    {
        _ = factory.Server;
        var jobs = factory.Services.GetRequiredService<BackgroundJobs>();
        var started = factory.Services.GetRequiredService<IRiskModelTraining>().StartRetraining("supervisor");

        var deadline = DateTime.UtcNow.AddMinutes(2);
        JobState? state;
        while ((state = jobs.Get(started.Id))!.Status is JobStatus.Queued or JobStatus.Running && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.Equal(JobStatus.Succeeded, state.Status);
        Assert.Equal("risk-training", state.Kind);
        var versions = await factory.Services.GetRequiredService<ModelRegistry>().ListAsync(RiskEngine.ModelName);
        Assert.Contains(versions, v => v.Status == ModelStatus.Candidate && v.CreatedBy == "supervisor");
        Assert.Single(versions, v => v.Status == ModelStatus.Active);
    }

    private static IEnumerable<int> Ids(object? payload) => payload switch
    {
        int[] ids => ids,
        IEnumerable<int> ids => ids,
        JsonElement e => e.EnumerateArray().Select(x => x.GetInt32()),
        _ => [],
    };
}
