namespace CustomsWorkbench.Platform.Models;

/// <summary>
/// Candidate: trained, waiting for a person. Shadow: scores live input beside the active version without deciding
/// anything. Active: the one in use (one per model name). Retired: was active once; rollback can bring it back.
/// </summary>
public enum ModelStatus { Candidate, Active, Retired, Shadow }

/// <summary>
/// One trained model in the registry: what it was trained on, how it scored, and whether it is in use.
/// Only a supervisor's promotion makes a candidate active; the previous active version is then retired.
/// </summary>
public class ModelVersion
{
    public int Id { get; set; }
    /// <summary>Which model, e.g. "risk" or "xray-detector".</summary>
    public required string ModelName { get; set; }
    /// <summary>Human-readable version, unique per model name, e.g. "risk-20261124-1".</summary>
    public required string Version { get; set; }
    public ModelStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public required string CreatedBy { get; set; }
    public DateOnly? TrainedFrom { get; set; }
    public DateOnly? TrainedTo { get; set; }
    public int TrainingRows { get; set; }
    /// <summary>Evaluation results as JSON (the shape belongs to the model's feature).</summary>
    public string MetricsJson { get; set; } = "{}";
    /// <summary>Feature name → importance, as JSON.</summary>
    public string FeatureImportanceJson { get; set; } = "{}";
    /// <summary>Model file(s), relative to the data folder's models/ directory.</summary>
    public required string ArtifactPath { get; set; }
    public string? Notes { get; set; }
    public DateTime? PromotedAtUtc { get; set; }
    public string? PromotedBy { get; set; }
}
