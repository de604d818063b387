namespace CustomsWorkbench.Features.XRay;

/// <summary>The "XRay" configuration section (also XRay__X environment variables).</summary>
public class XRayOptions
{
    public const string Section = "XRay";

    /// <summary>Largest scan image accepted by upload, in megabytes.</summary>
    public int MaxUploadMegabytes { get; set; } = 64;
    /// <summary>How many inspected declarations and parcels of the demo world get generated scans.</summary>
    public int DemoDeclarationScans { get; set; } = 200;
    public int DemoParcelScans { get; set; } = 100;
    /// <summary>
    /// Render and analyse pending scans in the background after start (otherwise on first open). Unset: on, except in the
    /// "Testing" environment, where dozens of test hosts would each train a detector.
    /// </summary>
    public bool? PrepareScansInBackground { get; set; }
    /// <summary>"mlnet" (default, trained in process) or "onnx" (a YOLO-style model at <see cref="OnnxModelPath"/>).</summary>
    public string Detector { get; set; } = "mlnet";
    public string? OnnxModelPath { get; set; }
    /// <summary>Generated scans the in-process detector trains on (300: about 30 s on one core; chosen on the validation seeds).</summary>
    public int TrainingScans { get; set; } = 300;

    /// <summary>Findings at or above this confidence are alarms an officer must confirm or dismiss before completing a review.</summary>
    public double AlarmConfidence { get; set; } = Review.ScanDetails.DefaultAlarmConfidence;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
