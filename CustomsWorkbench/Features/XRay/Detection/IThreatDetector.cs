using CustomsWorkbench.Features.XRay.Imaging;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>Threat probability per detection window (1 − P(clean)), for the pane's heat-map overlay.</summary>
public sealed record HeatMap(int Columns, int Rows, int CellSize, float[] Values);

public sealed record DetectionResult(IReadOnlyList<DetectedThreat> Detections, HeatMap Heat, double Milliseconds);

/// <summary>Finds concealments in a scan. The in-process ML.NET detector and the ONNX detector both implement it.</summary>
public interface IThreatDetector
{
    string Version { get; }
    DetectionResult Detect(ScanImage high, ScanImage? low, bool parcel);
}
