namespace CustomsWorkbench.Features.Intelligence.Model;

/// <summary>
/// One entity of the intelligence graph. <see cref="Key"/> is the normalised natural key within its kind
/// (importer code, phone digits, container number...), so the same thing seen in two records is one node.
/// </summary>
public class GraphNode
{
    public int Id { get; set; }
    public NodeKind Kind { get; set; }
    public required string Key { get; set; }
    public required string Label { get; set; }
    /// <summary>Row id in the source table (Importers, Suppliers, SeizureRecords...) when the node is a record.</summary>
    public int? SourceId { get; set; }
    public DateOnly? FirstSeen { get; set; }
    public DateOnly? LastSeen { get; set; }
    /// <summary>Set when an analyst merged this node into another; traversal then follows the survivor.</summary>
    public int? MergedIntoId { get; set; }
}

/// <summary>A typed relation between two nodes with the dates it was seen and how many records support it.</summary>
public class GraphLink
{
    public int Id { get; set; }
    public int FromId { get; set; }
    public int ToId { get; set; }
    public LinkKind Kind { get; set; }
    public DateOnly FirstSeen { get; set; }
    public DateOnly LastSeen { get; set; }
    public int EvidenceCount { get; set; }
}

/// <summary>One source record behind a link: the provenance an analyst can open.</summary>
public class GraphLinkEvidence
{
    public long Id { get; set; }
    public int LinkId { get; set; }
    /// <summary>"Declaration", "Parcel", "Seizure", "Importer", "Supplier", "BillOfLading".</summary>
    public required string RecordType { get; set; }
    public int RecordId { get; set; }
    /// <summary>Human reference of the record (declaration number, tracking number, case number).</summary>
    public required string Reference { get; set; }
    public DateOnly Date { get; set; }
}

public static class EvidenceRecordTypes
{
    public const string Declaration = "Declaration";
    public const string Parcel = "Parcel";
    public const string Seizure = "Seizure";
    public const string Importer = "Importer";
    public const string Supplier = "Supplier";
    public const string BillOfLading = "BillOfLading";
}
