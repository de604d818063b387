using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

public sealed record GraphAnswer(bool Available, string? Message, string? Entity, IReadOnlyList<GraphLink> Links);

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
        var links = await source.LinkedEntitiesAsync(entity, Math.Clamp(maxHops, 1, 3), ct);
        foreach (var l in links.Where(l => l.Link is not null)) turn.Cite(l.ToLabel, l.Link!);
        return new GraphAnswer(true, null, entity, links);
    }
}
