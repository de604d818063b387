using System.Text.Json.Serialization;

namespace CustomsWorkbench.Features.XRay.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ConsignmentKind>))]
public enum ConsignmentKind { Declaration, Parcel }

[JsonConverter(typeof(JsonStringEnumConverter<ScanView>))]
public enum ScanView { Top, Side }

/// <summary>Where a scan is in its life: images may be rendered lazily (demo scans), then analysed by the detector.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScanStatus>))]
public enum ScanStatus { Pending, Ready, Analysed }

/// <summary>
/// One X-ray scan of a consignment (a declaration's container or an express parcel). Pixels live in content-hashed PNG
/// files under {DataFolder}/scans/; the row holds metadata and the AI's results.
/// </summary>
public class Scan
{
    public int Id { get; set; }
    public ConsignmentKind ConsignmentKind { get; set; }
    /// <summary>Declaration id or parcel id, depending on <see cref="ConsignmentKind"/>.</summary>
    public int ConsignmentId { get; set; }
    /// <summary>Declaration number or parcel tracking number, for display and search.</summary>
    public required string ConsignmentReference { get; set; }
    public bool DualEnergy { get; set; }
    /// <summary>8 or 16.</summary>
    public int BitDepth { get; set; } = 16;
    public ScanView View { get; set; }
    public required string Scanner { get; set; }
    public DateTime ScannedAtUtc { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    /// <summary>File name (SHA-256 of the content + ".png") of the high-energy (or only) image; null while pending.</summary>
    public string? HighEnergyFile { get; set; }
    /// <summary>File name of the low-energy image of a dual-energy scan.</summary>
    public string? LowEnergyFile { get; set; }
    public ScanStatus Status { get; set; }
    /// <summary>Seed of a generated scan, so its images can be rendered on demand; null for real uploads.</summary>
    public int? GeneratorSeed { get; set; }
    /// <summary>Goods category the generated scene was packed as (machinery, textiles, ...).</summary>
    public string? GoodsCategory { get; set; }
    public string? DetectorVersion { get; set; }
    public DateTime? AnalysedAtUtc { get; set; }
    /// <summary>0 (consistent with the declaration) .. 1 (strongly inconsistent).</summary>
    public double? ConsistencyScore { get; set; }
    /// <summary>The reason in English (audit trail, assistant).</summary>
    public string? ConsistencyReason { get; set; }
    /// <summary>The reason as a code with arguments (JSON of <see cref="Detection.ConsistencyReason"/>), rendered in the officer's language.</summary>
    public string? ConsistencyReasonCode { get; set; }
    /// <summary>Largest finding confidence, used to order the queue.</summary>
    public double MaxConfidence { get; set; }
    /// <summary>Material-class heat map as JSON (a coarse grid of threat probabilities).</summary>
    public string? HeatMapJson { get; set; }
    public string UploadedBy { get; set; } = "system";
    /// <summary>Set once an officer has finished reviewing the scan.</summary>
    public DateTime? ReviewedAtUtc { get; set; }
    public string? ReviewedBy { get; set; }
    /// <summary>The officer who holds the scan (claimed by opening it for review); shown in the queue.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedAtUtc { get; set; }
    /// <summary>Optimistic concurrency token for claiming and completing: two officers never both complete one scan.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ScanFinding> Findings { get; set; } = [];
    public List<ScanAnnotation> Annotations { get; set; } = [];
}
