using CustomsWorkbench.Platform.Text;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Resolution;

/// <summary>
/// Executes an assistant "merge-entities" proposal once the user confirmed it: both entities are resolved to graph nodes
/// and merged through <see cref="ResolutionService.MergeManuallyAsync"/> as that user (reversible, audited, reshapes the graph).
/// Entities may be written as a node id ("123", "node:123"), kind and key ("importer:IM00000001") or an exact name;
/// anything missing or ambiguous is refused with <see cref="InvalidOperationException"/> and nothing changes.
/// </summary>
public sealed class AssistantEntityMerger(ResolutionService resolution, IDbContextFactory<WorkbenchDbContext> dbFactory) : IAssistantEntityMerger
{
    public async Task MergeAsync(string keepEntity, string mergeEntity, string reason, string user, CancellationToken ct)
    {
        var keep = await ResolveAsync(keepEntity, ct);
        var merge = await ResolveAsync(mergeEntity, ct);
        await resolution.MergeManuallyAsync(keep, merge, string.IsNullOrWhiteSpace(reason) ? "confirmed assistant proposal" : reason.Trim(), user, ct);
    }

    /// <summary>The id of the one graph node <paramref name="entity"/> names.</summary>
    public async Task<int> ResolveAsync(string entity, CancellationToken ct = default)
    {
        var text = entity.Trim();
        if (text.Length == 0) throw new InvalidOperationException("No entity was named.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var nodes = db.Set<GraphNode>().AsNoTracking();
        var colon = text.IndexOf(':');
        var prefix = colon > 0 ? text[..colon].Trim() : null;
        var rest = colon > 0 ? text[(colon + 1)..].Trim() : text;
        if ((prefix is null || prefix.Equals("node", StringComparison.OrdinalIgnoreCase)) && int.TryParse(rest, out var id))
        {
            if (await nodes.AnyAsync(n => n.Id == id, ct)) return id;
            throw new InvalidOperationException($"Graph entity {id} does not exist.");
        }
        List<GraphNode> matches;
        if (prefix is not null && KindOf(prefix) is { } kind)
        {
            var key = kind is NodeKind.Importer or NodeKind.Container or NodeKind.Conveyance ? IdentifierNormalizer.Code(rest) : rest;
            matches = await nodes.Where(n => n.Kind == kind && (n.Key == key || n.Key == rest || n.Label == rest)).ToListAsync(ct);
        }
        else
        {
            matches = await nodes.Where(n => n.Label == rest || n.Key == rest).ToListAsync(ct);
            // SQLite's LIKE without wildcards is a case-insensitive equality (ASCII), for "hanbit trading co., ltd.".
            if (matches.Count == 0 && !rest.Contains('%') && !rest.Contains('_'))
                matches = await nodes.Where(n => n.MergedIntoId == null && EF.Functions.Like(n.Label, rest)).ToListAsync(ct);
        }
        // A name that also survives in merged duplicates means the surviving record.
        if (matches.Count > 1 && matches.Count(n => n.MergedIntoId == null) == 1) matches = matches.Where(n => n.MergedIntoId == null).ToList();
        return matches.Count switch
        {
            1 => matches[0].Id,
            0 => throw new InvalidOperationException($"No graph entity is called \"{entity}\"."),
            _ => throw new InvalidOperationException(
                $"\"{entity}\" is ambiguous ({string.Join(", ", matches.Take(5).Select(n => $"node:{n.Id} {n.Kind} {n.Label}"))}); name it by node id."),
        };
    }

    private static NodeKind? KindOf(string name)
    {
        var compact = name.Replace("-", "").Replace("_", "").Replace(" ", "");
        return Enum.TryParse<NodeKind>(compact, ignoreCase: true, out var kind) ? kind : null;
    }
}
