namespace CustomsWorkbench.Features.Assistant.Model;

/// <summary>A document of the procedures library (shipped Markdown or a supervisor's upload).</summary>
public class ProcedureDocument
{
    public int Id { get; set; }
    public required string Title { get; set; }
    /// <summary>File name it came from; shipped documents are re-synced by it.</summary>
    public required string FileName { get; set; }
    public required string Content { get; set; }
    public bool Shipped { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedAtUtc { get; set; }
    public List<ProcedureChunk> Chunks { get; set; } = [];
}

/// <summary>One section of a document with its sparse hashed TF-IDF-style vector (see <see cref="Library.TextEmbedder"/>).</summary>
public class ProcedureChunk
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public ProcedureDocument? Document { get; set; }
    public int Ordinal { get; set; }
    public required string Heading { get; set; }
    public required string Text { get; set; }
    /// <summary>Packed (int index, float weight) pairs, L2-normalised.</summary>
    public required byte[] Vector { get; set; }
}

/// <summary>A note or draft saved on a declaration from the assistant (inspection report, case summary, letter).</summary>
public class DeclarationNote
{
    public int Id { get; set; }
    public int DeclarationId { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One message of a user's assistant conversation (history is per user).</summary>
public class AssistantMessage
{
    public long Id { get; set; }
    public required string UserName { get; set; }
    /// <summary>The record the conversation is about ("declaration:12", "entity:node:7"), "" for the general one.</summary>
    public string Conversation { get; set; } = AssistantConversations.General;
    public required string Role { get; set; }
    public required string Text { get; set; }
    /// <summary>JSON of the turn's tool calls, citations and proposals (assistant messages only).</summary>
    public string? TurnJson { get; set; }
    public DateTime AtUtc { get; set; }
}

/// <summary>Executing: claimed by one confirmation and running; the status change is the lock (one UPDATE ... WHERE Proposed wins).</summary>
public enum ProposalStatus { Proposed, Confirmed, Failed, Executing }

/// <summary>An action the assistant proposed; it runs only when the user who received it confirms.</summary>
public class AssistantProposal
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    public required string Kind { get; set; }
    public required string TargetType { get; set; }
    public required string TargetId { get; set; }
    public required string Summary { get; set; }
    public required string PayloadJson { get; set; }
    public ProposalStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ConfirmedAtUtc { get; set; }
    public string? Result { get; set; }
}
