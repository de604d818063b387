namespace CustomsWorkbench.Features.XRay.Model;

/// <summary>A box the detector drew on a scan, in image pixels.</summary>
public class ScanFinding
{
    public int Id { get; set; }
    public int ScanId { get; set; }
    public Scan? Scan { get; set; }
    /// <summary>One of <see cref="ThreatClasses"/>.</summary>
    public required string Class { get; set; }
    public double Confidence { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required string ModelVersion { get; set; }
}
