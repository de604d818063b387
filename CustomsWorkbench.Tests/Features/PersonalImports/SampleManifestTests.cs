using CustomsWorkbench.Features.PersonalImports.Evaluation;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>
/// data/samples/parcel-manifest-sample.csv and its truth file are the scenario with <see cref="SampleSeed"/>, so people can try
/// the flags on a manifest with known answers. Regenerate with CW_WRITE_SAMPLES=1 after changing the planter.
/// </summary>
public class SampleManifestTests
{
    private const int SampleSeed = 31337;
    private const int SampleCount = 3_000;

    [Fact]
    public async Task The_shipped_sample_manifest_and_truth_are_the_seeded_scenario()
    {
        var scenario = ParcelScenario.Generate(SampleSeed, SampleCount, dayCount: 90);
        var manifest = new StringWriter();
        var truth = new StringWriter();
        await ScenarioCsv.WriteManifestAsync(scenario, manifest);
        await ScenarioCsv.WriteTruthAsync(scenario, truth);
        var folder = Path.Combine(RepositoryPaths.Root, "data", "samples");
        if (Environment.GetEnvironmentVariable("CW_WRITE_SAMPLES") == "1")
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "parcel-manifest-sample.csv"), manifest.ToString());
            await File.WriteAllTextAsync(Path.Combine(folder, "parcel-manifest-sample-truth.csv"), truth.ToString());
        }

        Assert.Equal(manifest.ToString(), await File.ReadAllTextAsync(Path.Combine(folder, "parcel-manifest-sample.csv")));
        Assert.Equal(truth.ToString(), await File.ReadAllTextAsync(Path.Combine(folder, "parcel-manifest-sample-truth.csv")));
        Assert.StartsWith("tracking.no,arrival.date,pccc,recipient.name,recipient.phone,recipient.address,postal.code,seller,origin.country,goods.description,quantity,declared.value.usd", manifest.ToString());
    }
}
