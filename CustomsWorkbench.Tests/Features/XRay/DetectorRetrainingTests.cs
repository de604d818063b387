using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Review;
using CustomsWorkbench.Platform.Models;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>Officers' boxes flow back: retraining with them registers a candidate with metrics, classifier, box regressor and weapon scorer.</summary>
public class DetectorRetrainingTests(XRayTestFactory factory) : IClassFixture<XRayTestFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task Retraining_with_a_drawn_box_registers_a_candidate_with_validation_and_held_out_metrics_and_both_model_files()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.OrganicPackage, 0.9, 200, 150, 120, 80));
        var client = await factory.CreateClientForAsync("officer");
        await client.PostAsJsonAsync($"/api/xray/scans/{scan.Id}/annotations", new { kind = "Confirm", findingId = scan.Findings[0].Id }, Json);
        await client.PostAsJsonAsync($"/api/xray/scans/{scan.Id}/annotations", new { kind = "Drawn", @class = ThreatClasses.Weapon, x = 600, y = 300, width = 30, height = 12 }, Json);
        var annotated = await factory.Services.GetRequiredService<DetectorRetraining>().CollectAsync(CancellationToken.None);
        Assert.Contains(annotated, a => a.Threats.Any(t => t.Class == ThreatClasses.Weapon && t.Box.X == 600));

        var version = await factory.Services.GetRequiredService<DetectorProvider>().TrainAndRegisterAsync("supervisor", annotated, null, CancellationToken.None);

        Assert.Equal(DetectorProvider.ModelName, version.ModelName);
        Assert.Contains($"{annotated.Count} annotated scans", version.Notes);
        var metrics = JsonSerializer.Deserialize<DetectorEvaluation>(version.MetricsJson, DetectorProvider.Json)!;
        Assert.Equal(ThreatClasses.All, metrics.Classes.Select(c => c.Name));
        Assert.InRange(metrics.Overall.Map50, 0.05, 1);
        // The top-level figures are the validation seeds' (what versions are compared on); held-out ones are kept apart.
        var registered = JsonSerializer.Deserialize<DetectorRegistrationMetrics>(version.MetricsJson, DetectorProvider.Json)!;
        Assert.Equal(DetectorRegistrationMetrics.ValidationSplit, registered.Split);
        Assert.Equal(ThreatClasses.All, registered.HeldOut.Classes.Select(c => c.Name));
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        var path = registry.ArtifactFullPath(version);
        Assert.True(File.Exists(path));
        Assert.True(File.Exists(DetectorProvider.BoxesPath(path)));
        // The officer's drawn weapon gives the small-object weapon scorer a positive even if the generated scans had none.
        Assert.True(File.Exists(DetectorProvider.WeaponsPath(path)));
    }
}
