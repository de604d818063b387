namespace CustomsWorkbench.Platform.Data.Entities;

/// <summary>One accepted import file. The content hash makes re-importing the same file a no-op.</summary>
public class ImportBatch
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentHash { get; set; }
    public required string Format { get; set; }
    public int RowCount { get; set; }
    public int InsertedCount { get; set; }
    public int UpdatedCount { get; set; }
    public int UnchangedCount { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public required string ImportedBy { get; set; }
}

/// <summary>
/// Append-only, hash-chained record of every AI recommendation and human decision.
/// Hash = SHA-256 over the canonical fields plus <see cref="PreviousHash"/>; editing any row breaks the chain from there.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime TimestampUtc { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? ModelVersion { get; set; }
    public string? AiOutput { get; set; }
    public string? Details { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
