using System.Text.Json;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.XRay.Cli;

/// <summary>`evaluate xray [--json] [--scans N] [--validation]`: the active detector on held-out (or validation) generated scans.</summary>
public sealed class EvaluateXRayVerb(DetectorProvider detectors) : ICliVerb
{
    public string Name => "evaluate xray";
    public string Usage => "evaluate xray [--json] [--scans N] [--validation]   X-ray detector precision/recall/mAP@0.5 on held-out (or validation) generated scans";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var json = args.Contains("--json");
        var scans = DetectorProvider.HeldOutScans;
        var at = args.ToList().IndexOf("--scans");
        if (at >= 0 && (at + 1 >= args.Count || !int.TryParse(args[at + 1], out scans) || scans < 1))
        {
            console.Error.WriteLine("--scans needs a positive number.");
            return 2;
        }
        var detector = await detectors.GetAsync(ct);
        // Settings are chosen on the validation seeds; the held-out seeds are only for reported numbers.
        var validation = args.Contains("--validation");
        var result = DetectorProvider.Evaluate(detector, scans, validation ? TrainingScenes.ValidationSeedBase : TrainingScenes.HeldOutSeedBase);
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(result, DetectorProvider.Json));
            return 0;
        }
        console.Out.WriteLine($"X-ray detector {detector.Version} on {scans} {(validation ? "validation" : "held-out")} generated scans (IoU 0.5, confidence ≥ {DetectorEvaluator.OperatingConfidence}):");
        console.Out.WriteLine($"  {"class",-16} {"precision",9} {"recall",7} {"AP@0.5",7}");
        foreach (var c in result.Classes) console.Out.WriteLine($"  {c.Name,-16} {c.Precision,9:0.000} {c.Recall,7:0.000} {c.Ap50,7:0.000}");
        var o = result.Overall;
        console.Out.WriteLine($"  {"overall",-16} {o.Precision,9:0.000} {o.Recall,7:0.000} {o.Map50,7:0.000} (mAP)");
        console.Out.WriteLine($"  false alarms per clean scan: {o.FalseAlarmsPerCleanScan:0.00}; {o.MsPerScan:0} ms per scan");
        return 0;
    }
}
