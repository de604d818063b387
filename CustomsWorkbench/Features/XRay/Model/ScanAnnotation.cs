using System.Text.Json.Serialization;

namespace CustomsWorkbench.Features.XRay.Model;

[JsonConverter(typeof(JsonStringEnumConverter<AnnotationKind>))]
public enum AnnotationKind { Confirm, Dismiss, Drawn }

/// <summary>
/// An officer's word on a scan: confirming or dismissing a finding, or a box drawn around something the AI missed.
/// Confirmed and drawn boxes become positive training labels, dismissed ones negative, when the detector is retrained.
/// </summary>
public class ScanAnnotation
{
    public int Id { get; set; }
    public int ScanId { get; set; }
    public Scan? Scan { get; set; }
    public AnnotationKind Kind { get; set; }
    /// <summary>The finding confirmed or dismissed (null for a drawn box).</summary>
    public int? FindingId { get; set; }
    public required string Class { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required string Officer { get; set; }
    /// <summary>Optional reason given when dismissing a finding.</summary>
    public string? Reason { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
