using System.Text.Json;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Cli;
using Microsoft.EntityFrameworkCore;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.XRay;

public class XRayCliTests(XRayTestFactory factory) : IClassFixture<XRayTestFactory>
{
    private async Task<(int Code, string Out, string Error)> RunAsync(string verbName, params string[] args)
    {
        var run = await CliVerbRunner.RunAsync(factory, verbName, args);
        return (run.Code, run.Out, run.Error);
    }

    [Fact]
    public async Task Import_scans_pairs_energies_by_name_stores_good_ones_and_leaves_bad_ones_with_a_reason()
    {
        await using var db = factory.CreateDbContext();
        var numbers = await db.Declarations.OrderBy(d => d.Id).Select(d => d.Number).Take(2).ToListAsync();
        var folder = Directory.CreateTempSubdirectory("xray-inbox-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, $"{numbers[0]}_high.png"), PngCodec.Encode(ImageCodecTests.Gradient(200, 100, 16)));
        await File.WriteAllBytesAsync(Path.Combine(folder, $"{numbers[0]}_low.png"), PngCodec.Encode(ImageCodecTests.Gradient(200, 100, 16)));
        await File.WriteAllBytesAsync(Path.Combine(folder, $"{numbers[1]}.tif"), TiffReader.Encode(ImageCodecTests.Gradient(128, 128, 8)));
        await File.WriteAllTextAsync(Path.Combine(folder, "UNKNOWN-REF.png"), "not an image");

        var (code, output, error) = await RunAsync("import scans", folder);

        Assert.Equal(1, code);
        Assert.Contains("2 scan(s) stored, 1 rejected.", output);
        Assert.Contains("UNKNOWN-REF: UNKNOWN-REF.png is not a PNG or TIFF image.", error);
        Assert.Equal(["UNKNOWN-REF.png"], Directory.GetFiles(folder).Select(Path.GetFileName));
        var stored = await db.Set<Scan>().Where(s => s.Scanner == "import").OrderBy(s => s.Id).ToListAsync();
        Assert.Contains(stored, s => s.ConsignmentReference == numbers[0] && s.DualEnergy && s.BitDepth == 16);
        Assert.Contains(stored, s => s.ConsignmentReference == numbers[1] && !s.DualEnergy && s.BitDepth == 8);
    }

    [Fact]
    public async Task Evaluate_xray_json_has_exactly_the_documented_shape()
    {
        var (code, output, _) = await RunAsync("evaluate xray", "--json", "--scans", "8");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal(["precision", "recall", "map50", "falseAlarmsPerCleanScan", "msPerScan"], overall.EnumerateObject().Select(p => p.Name));
        Assert.All(overall.EnumerateObject(), p => Assert.Equal(JsonValueKind.Number, p.Value.ValueKind));
        var classes = json.RootElement.GetProperty("classes").EnumerateArray().ToList();
        Assert.Equal(ThreatClasses.All, classes.Select(c => c.GetProperty("name").GetString()));
        Assert.All(classes, c => Assert.Equal(["name", "precision", "recall", "ap50"], c.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["overall", "classes"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Evaluate_xray_validation_scores_the_validation_seeds_and_says_so()
    {
        var (code, output, _) = await RunAsync("evaluate xray", "--validation", "--scans", "4");
        Assert.Equal(0, code);
        Assert.Contains("on 4 validation generated scans", output);
        Assert.Contains("weapon", output);
    }

    [Fact]
    public async Task Evaluate_xray_rejects_a_bad_scan_count()
    {
        Assert.Equal(2, (await RunAsync("evaluate xray", "--scans", "zero")).Code);
    }
}
