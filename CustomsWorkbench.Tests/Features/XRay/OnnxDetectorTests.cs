using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Onnx;

namespace CustomsWorkbench.Tests.Features.XRay;

public class OnnxDetectorTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tiny-xray-{Guid.NewGuid():N}.onnx");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void The_projects_own_onnx_model_loads_and_finds_a_steel_block_through_letterbox_and_nms()
    {
        File.WriteAllBytes(_path, TinyOnnxModel.Build(inputSize: 256, cellSize: 32, version: "test"));
        using var detector = new OnnxThreatDetector(_path);
        Assert.Equal("onnx:test", detector.Version);

        // A plain parcel belt with one 96×96 px block of 3 cm steel at (256, 128).
        var scene = new CargoScene(512, 384);
        scene.AddBox(Materials.Plastic, 0, 0, 512, 384, 0.5);
        scene.AddBox(Materials.Iron, 256, 128, 96, 96, 3);
        var (high, low) = ScanGenerator.Render(scene, new Random(1));
        var result = detector.Detect(high, low, parcel: true);

        Assert.NotEmpty(result.Detections);
        Assert.All(result.Detections, d => Assert.Equal(ThreatClasses.Weapon, d.Class));
        var steel = new Box(256, 128, 96, 96);
        // Grid cells are 64 scan pixels: every proposal touches the steel and the best one sits on it.
        Assert.All(result.Detections, d => Assert.True(d.Box.Intersection(steel) > 0, $"{d.Box} is off the steel"));
        var best = result.Detections[0].Box;
        Assert.InRange(best.X + best.Width / 2, steel.X, steel.Right);
        Assert.InRange(best.Y + best.Height / 2, steel.Y, steel.Bottom);
    }

    [Fact]
    public void A_clean_belt_gives_no_onnx_detections()
    {
        File.WriteAllBytes(_path, TinyOnnxModel.Build());
        using var detector = new OnnxThreatDetector(_path);
        var scene = new CargoScene(512, 384);
        scene.AddBox(Materials.Plastic, 0, 0, 512, 384, 0.5);
        scene.AddBox(Materials.Cellulose, 100, 100, 200, 150, 20, 0.1);
        var (high, low) = ScanGenerator.Render(scene, new Random(2));
        Assert.Empty(detector.Detect(high, low, parcel: true).Detections);
    }
}
