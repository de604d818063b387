namespace CustomsWorkbench.Features.Assistant;

// The assistant's ports: what it needs from other features, which implement them (so the assistant never reaches into them).

/// <summary>Assigns a channel through the risk selection service (implemented by Features/RiskSelection; wired by the lead).</summary>
public interface IAssistantChannelAssigner
{
    Task AssignAsync(int declarationId, string channel, string reason, string user, CancellationToken ct);
}

/// <summary>Merges two entities of the intelligence graph (implemented by Features/Intelligence; wired by the lead).</summary>
public interface IAssistantEntityMerger
{
    Task MergeAsync(string keepEntity, string mergeEntity, string reason, string user, CancellationToken ct);
}

public sealed record ScanFinding(string ScanId, string Finding, double Confidence, string? DeclaredGoods, bool ConsistentWithDeclaration, string? Link);

/// <summary>What the assistant needs from X-ray. Implemented by Features/XRay (wired by the lead).</summary>
public interface IAssistantScanSource
{
    Task<IReadOnlyList<ScanFinding>> FindingsAsync(int? declarationId, string? scanId, CancellationToken ct);
}

/// <summary>How pages name graph entities to the assistant: "node:&lt;id&gt;" for a node the explorer shows (exact), or a key/name.</summary>
public static class GraphEntityKeys
{
    public static string Node(int nodeId) => $"node:{nodeId}";

    public static int? NodeId(string entity) =>
        entity.StartsWith("node:", StringComparison.Ordinal) && int.TryParse(entity.AsSpan(5), out var id) ? id : null;
}

public sealed record GraphLink(string FromEntity, string Relation, string ToEntity, string ToLabel, string? Link);

/// <summary>What the assistant needs from the intelligence graph. Implemented by Features/Intelligence (wired by the lead).</summary>
public interface IAssistantGraphSource
{
    Task<IReadOnlyList<GraphLink>> LinkedEntitiesAsync(string entity, int maxHops, CancellationToken ct);

    /// <summary>What the user calls the entity (its label), or null when the graph has no such entity.</summary>
    Task<string?> LabelOfAsync(string entity, CancellationToken ct) => Task.FromResult<string?>(null);

    /// <summary>The shortest path between two entities (keys like importer:IM00000012, or names), step by step from
    /// <paramref name="fromEntity"/>; which ends were found when there is none. Sources that cannot find paths say so.</summary>
    Task<EntityPath> PathAsync(string fromEntity, string toEntity, CancellationToken ct) => throw new NotSupportedException("This graph source finds no paths.");
}

/// <summary>A path through the graph: <see cref="Steps"/> in order (each step's FromEntity is the previous ToEntity);
/// empty when there is no path or an end was not found (<see cref="From"/>/<see cref="To"/> are then null).</summary>
public sealed record EntityPath(string? From, string? To, IReadOnlyList<GraphLink> Steps);

/// <summary>
/// A letter for a person to review, edit and send, drafted from facts another feature supplies (e.g. Trader support's FTA
/// savings notice). The facts and the grounded draft come in; the assistant may only reword, never add figures.
/// </summary>
/// <param name="Kind">What the letter is, e.g. "fta-savings"; <paramref name="Facts"/> must all survive the rewording.</param>
public sealed record LetterRequest(string Kind, string Subject, string Body, IReadOnlyList<string> Facts);

/// <param name="DraftedBy">"offline" (the grounded draft as it came) or "llm:&lt;model&gt;" (reworded by the configured endpoint).</param>
public sealed record DraftedLetter(string Subject, string Body, string DraftedBy)
{
    public const string Offline = "offline";
}

/// <summary>Drafts letters with the assistant's engine: offline by default, the OpenAI-compatible endpoint when configured.
/// Implemented by Features/Assistant.</summary>
public interface IAssistantLetterWriter
{
    Task<DraftedLetter> DraftAsync(LetterRequest request, CancellationToken ct = default);
}
