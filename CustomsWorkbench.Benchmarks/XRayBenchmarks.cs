using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// Detection time per dual-energy container scan on one core (material map, window features, LightGBM, boxes, the
/// small-object metal stage for weapons when <see cref="MetalStage"/>, NMS).
/// 512×256 is the baseline for the ratio; the target is under 300 ms for 1024×512.
/// </summary>
[Config(typeof(OneCoreConfig))]
public class XRayBenchmarks
{
    private WindowDetector _detector = null!;
    private GeneratedScan _scan = null!;

    [Params("512x256", "1024x512")]
    public string Size { get; set; } = "1024x512";

    /// <summary>With the weapon scorer over metal blobs (the default detector) or windows only (as before it).</summary>
    [Params(false, true)]
    public bool MetalStage { get; set; } = true;

    [GlobalSetup]
    public void Setup()
    {
        var trained = DetectorTrainer.Train(40, []);
        _detector = new WindowDetector(trained.Classifier, "bench", trained.Boxes, MetalStage ? trained.Weapons : null);
        var (w, h) = Size == "512x256" ? (512, 256) : (1024, 512);
        _scan = ScanGenerator.Generate(new ScanRecipe(77, ScanSubject.Container, "textiles", [ThreatClasses.Weapon, ThreatClasses.OrganicPackage], w, h));
    }

    [Benchmark]
    public int Detect() => _detector.Detect(_scan.High, _scan.Low, parcel: false).Detections.Count;

    private sealed class OneCoreConfig : ManualConfig
    {
        public OneCoreConfig() => AddJob(Job.Default.WithAffinity(1).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
    }
}
