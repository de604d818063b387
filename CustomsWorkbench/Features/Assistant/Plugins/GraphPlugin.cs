using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

public sealed record GraphAnswer(bool Available, string? Message, string? Entity, IReadOnlyList<GraphLink> Links);

/// <summary>A path answer: <see cref="Path"/> is null when the graph is unavailable or refused (see <see cref="Message"/>).</summary>
public sealed record GraphPathAnswer(bool Available, string? Message, EntityPath? Path);

/// <summary>Links and paths between entities of the intelligence graph (Intelligence roles only).</summary>
public sealed class GraphPlugin(IAssistantGraphSource? source, AssistantTurn turn)
{
    public const string Name = "graph";
    public const string NotAvailable = "The intelligence graph is not available in this installation yet.";

    [KernelFunction("linked_entities")]
    [Description("Companies, people, addresses and shipments linked to an entity in the intelligence graph.")]
    public async Task<GraphAnswer> LinkedAsync(
        [Description("Entity key, e.g. importer:IM00000012; empty for the page's importer")] string? entity = null,
        [Description("How many hops to follow (1-3)")] int maxHops = 2,
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.Graph))
            return new GraphAnswer(false, "The intelligence graph is shown to Analysts and Supervisors only.", entity, []);
        if (source is null) return new GraphAnswer(false, NotAvailable, entity, []);
        entity ??= turn.Page.GraphEntities?.FirstOrDefault();
        if (entity is null) return new GraphAnswer(true, "No entity given.", null, []);
        if (entity.Length > MaxEntityLength) return new GraphAnswer(true, "No entity given.", null, []);
        var links = await source.LinkedEntitiesAsync(entity, Math.Clamp(maxHops, 1, 3), ct);
        foreach (var l in links.Where(l => l.Link is not null)) turn.Cite(l.ToLabel, l.Link!);
        // Answers name the entity as people know it, never by the explorer's node id.
        var label = await source.LabelOfAsync(entity, ct) ?? (GraphEntityKeys.NodeId(entity) is null ? entity : links.FirstOrDefault()?.FromEntity);
        return new GraphAnswer(true, null, label, links);
    }

    [KernelFunction("path_between")]
    [Description("The shortest chain of links between two entities of the intelligence graph (companies, people, addresses, shipments).")]
    public async Task<GraphPathAnswer> PathAsync(
        [Description("First entity: key (importer:IM00000012) or name")] string from,
        [Description("Second entity: key or name")] string to,
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.Graph))
            return new GraphPathAnswer(false, "The intelligence graph is shown to Analysts and Supervisors only.", null);
        if (source is null) return new GraphPathAnswer(false, NotAvailable, null);
        from = (from ?? "").Trim();
        to = (to ?? "").Trim();
        if (from.Length is 0 or > MaxEntityLength || to.Length is 0 or > MaxEntityLength) return new GraphPathAnswer(true, "Name both entities.", null);
        EntityPath path;
        try { path = await source.PathAsync(from, to, ct); }
        catch (NotSupportedException) { return new GraphPathAnswer(false, NotAvailable, null); }
        foreach (var step in path.Steps.Where(s => s.Link is not null)) turn.Cite(step.ToLabel, step.Link!);
        return new GraphPathAnswer(true, null, path);
    }

    private const int MaxEntityLength = 200;
}
