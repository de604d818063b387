namespace CustomsWorkbench.Features.Intelligence.Model;

public enum ProposalStatus { Pending = 0, Accepted = 1, Rejected = 2, Undone = 3 }

/// <summary>
/// "These two nodes are probably the same entity", with the score and the evidence the analyst sees.
/// Accepting merges <see cref="DuplicateNodeId"/> into <see cref="SurvivorNodeId"/>; undoing clears that merge.
/// </summary>
public class ResolutionProposal
{
    public int Id { get; set; }
    public int SurvivorNodeId { get; set; }
    public int DuplicateNodeId { get; set; }
    public double Score { get; set; }
    /// <summary>JSON list of evidence lines (name similarity, shared phone, shared address).</summary>
    public required string Evidence { get; set; }
    public ProposalStatus Status { get; set; }
    public DateTime ProposedAtUtc { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
}

/// <summary>
/// Truth planted by the intelligence demo step: which trader records are the same company and which belong to the
/// planted network. Used only by evaluation and tests, never by the resolver or the analytics.
/// </summary>
public class IntelligenceGroundTruth
{
    public int Id { get; set; }
    /// <summary>"Duplicate" (EntityId duplicates RelatedId) or "Network" (member of planted network RelatedId).</summary>
    public required string Kind { get; set; }
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public int RelatedId { get; set; }
    public required string Detail { get; set; }
}

/// <summary>A saved investigation: graph state, notes and attached records, shared with other analysts.</summary>
public class InvestigationCase
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string Notes { get; set; } = "";
    /// <summary>JSON of the explorer state (nodes with positions, pinned/hidden flags, colour mode).</summary>
    public string GraphState { get; set; } = "{}";
    /// <summary>JSON list of attached records ({recordType, recordId, reference}).</summary>
    public string AttachedRecords { get; set; } = "[]";
    public CaseStatus Status { get; set; } = CaseStatus.Open;
    public CasePriority Priority { get; set; } = CasePriority.Normal;
    public required string Owner { get; set; }
    public bool Shared { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public required string UpdatedBy { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
