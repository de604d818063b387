using System.Text.Json;
using CustomsWorkbench.Features.TraderSupport.Classification;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Models;

/// <summary>A data folder of its own that no web app warmed up: the kinds trained on first use have no version yet.</summary>
public class FreshFolderFactory : ModelCatalogueFactory;

public class ModelsListFreshFolderTests(FreshFolderFactory factory) : IClassFixture<FreshFolderFactory>
{
    [Fact]
    public async Task Models_list_before_the_web_app_ever_warmed_up_trains_the_first_versions_and_lists_every_kind_active_with_validation_metrics()
    {
        _ = factory.Server;
        var catalogue = factory.Services.GetRequiredService<ModelCatalogue>();
        // Test hosts never run the start-up warm-up (Workbench:Models:TrainFirstVersionsOnStart=false) nor prepare scans.
        Assert.Null((await catalogue.GetAsync(HsClassifierKind.ModelName)).Active);
        Assert.Null((await catalogue.GetAsync(DetectorProvider.ModelName)).Active);
        // The CLI host initialises the database (its seeders) before any verb, as CliHost does.
        await factory.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        var run = await CliVerbRunner.RunAsync(factory, "models list", "--json");

        Assert.Equal(0, run.Code);
        var list = JsonSerializer.Deserialize<List<ModelSummary>>(run.Out, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(catalogue.Kinds.Select(k => k.Name).Order(), list.Select(s => s.Kind).Order());
        Assert.All(list, s =>
        {
            Assert.True(s.ActiveVersion is not null, $"{s.Kind} has no active version: {run.Error}");
            Assert.NotEmpty(s.Validation);
        });
        // Progress went to stderr, leaving stdout to the JSON.
        Assert.Contains($"Preparing the active {HsClassifierKind.ModelName} model", run.Error);
        // The detector trains for a while: its progress is told on the way, not only at the start.
        Assert.Contains("Training the first X-ray detector: 100", run.Error);
    }
}
