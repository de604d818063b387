using System.Text.Json;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Resolution;

public sealed record ProposalRow(int Id, int SurvivorNodeId, string SurvivorLabel, int DuplicateNodeId, string DuplicateLabel,
    NodeKind Kind, double Score, IReadOnlyList<string> Evidence, ProposalStatus Status, string? DecidedBy, DateTime? DecidedAtUtc);

/// <summary>
/// Stores resolver proposals and applies analysts' decisions. Accepting sets the duplicate's MergedIntoId (its links
/// and their provenance stay where they are, the index redirects them); undoing clears it. Every decision is audited.
/// </summary>
public sealed class ResolutionService(IDbContextFactory<WorkbenchDbContext> dbFactory, GraphIndex index, Analytics.GraphMetrics metrics, IAuditLog audit, TimeProvider clock)
{
    public const string AuditEntityType = "GraphNode";

    /// <summary>Runs the resolver on the current graph and stores pairs not proposed before. Returns how many are new.</summary>
    public async Task<int> RefreshProposalsAsync(CancellationToken ct = default)
    {
        var graph = await index.GetAsync(ct);
        var candidates = await Task.Run(() => EntityResolver.Propose(graph), ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = (await db.Set<ResolutionProposal>().Select(p => new { p.SurvivorNodeId, p.DuplicateNodeId }).ToListAsync(ct))
            .SelectMany(p => new[] { (p.SurvivorNodeId, p.DuplicateNodeId), (p.DuplicateNodeId, p.SurvivorNodeId) }).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var c in candidates)
        {
            var pair = (graph.NodeIds[c.SurvivorIndex], graph.NodeIds[c.DuplicateIndex]);
            if (!existing.Add(pair)) continue;
            db.Set<ResolutionProposal>().Add(new ResolutionProposal
            {
                SurvivorNodeId = pair.Item1, DuplicateNodeId = pair.Item2, Score = Math.Round(c.Score, 4),
                Evidence = JsonSerializer.Serialize(c.Evidence), Status = ProposalStatus.Pending, ProposedAtUtc = now,
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    public async Task<IReadOnlyList<ProposalRow>> ListAsync(ProposalStatus? status, int take = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var proposals = db.Set<ResolutionProposal>().AsNoTracking();
        if (status is { } s) proposals = proposals.Where(p => p.Status == s);
        var rows = await (from p in proposals
                          join a in db.Set<GraphNode>() on p.SurvivorNodeId equals a.Id
                          join b in db.Set<GraphNode>() on p.DuplicateNodeId equals b.Id
                          orderby p.Score descending, p.Id
                          select new { p, SurvivorLabel = a.Label, DuplicateLabel = b.Label, a.Kind }).Take(take).ToListAsync(ct);
        return rows.Select(r => new ProposalRow(r.p.Id, r.p.SurvivorNodeId, r.SurvivorLabel, r.p.DuplicateNodeId, r.DuplicateLabel, r.Kind,
            r.p.Score, JsonSerializer.Deserialize<List<string>>(r.p.Evidence) ?? [], r.p.Status, r.p.DecidedBy, r.p.DecidedAtUtc)).ToList();
    }

    /// <summary>
    /// An analyst's own merge (not proposed by the resolver): stored as a proposal with the analyst's reason as its evidence
    /// and accepted at once as that user, so it is audited and undone like any accepted merge. A pending resolver proposal
    /// for the same pair and direction is accepted instead of adding a second one. Returns the proposal id.
    /// </summary>
    /// <exception cref="InvalidOperationException">The nodes are the same, of different kinds, missing or already merged.</exception>
    public async Task<int> MergeManuallyAsync(int survivorNodeId, int duplicateNodeId, string reason, string user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var nodes = await db.Set<GraphNode>().AsNoTracking().Where(n => n.Id == survivorNodeId || n.Id == duplicateNodeId).ToListAsync(ct);
        var survivor = nodes.FirstOrDefault(n => n.Id == survivorNodeId) ?? throw new InvalidOperationException($"Graph entity {survivorNodeId} does not exist.");
        var duplicate = nodes.FirstOrDefault(n => n.Id == duplicateNodeId) ?? throw new InvalidOperationException($"Graph entity {duplicateNodeId} does not exist.");
        if (survivor.Id == duplicate.Id) throw new InvalidOperationException("An entity cannot be merged into itself.");
        if (survivor.Kind != duplicate.Kind)
            throw new InvalidOperationException($"Only entities of the same kind can be merged ({survivor.Label} is {survivor.Kind}, {duplicate.Label} is {duplicate.Kind}).");
        if (survivor.MergedIntoId is not null) throw new InvalidOperationException($"{survivor.Label} is itself merged into another entity.");
        if (duplicate.MergedIntoId is not null) throw new InvalidOperationException($"{duplicate.Label} is already merged into another entity.");
        var proposal = await db.Set<ResolutionProposal>().FirstOrDefaultAsync(p =>
            p.SurvivorNodeId == survivorNodeId && p.DuplicateNodeId == duplicateNodeId && p.Status == ProposalStatus.Pending, ct);
        var evidence = new ResolutionEvidence.ManualMerge(user, reason).ToLine();
        if (proposal is null)
        {
            proposal = new ResolutionProposal
            {
                SurvivorNodeId = survivorNodeId, DuplicateNodeId = duplicateNodeId, Score = 1, Evidence = JsonSerializer.Serialize(new[] { evidence }),
                Status = ProposalStatus.Pending, ProposedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Set<ResolutionProposal>().Add(proposal);
        }
        else
        {
            proposal.Evidence = JsonSerializer.Serialize((JsonSerializer.Deserialize<List<string>>(proposal.Evidence) ?? []).Append(evidence));
        }
        await db.SaveChangesAsync(ct);
        if (!await AcceptAsync(proposal.Id, user, ct)) throw new InvalidOperationException("The merge could not be applied (decided concurrently).");
        return proposal.Id;
    }

    public Task<bool> AcceptAsync(int proposalId, string user, CancellationToken ct = default) =>
        DecideAsync(proposalId, user, ProposalStatus.Pending, ProposalStatus.Accepted, "intel.merge.accept", merge: true, ct);

    public Task<bool> RejectAsync(int proposalId, string user, CancellationToken ct = default) =>
        DecideAsync(proposalId, user, ProposalStatus.Pending, ProposalStatus.Rejected, "intel.merge.reject", merge: false, ct);

    public Task<bool> UndoAsync(int proposalId, string user, CancellationToken ct = default) =>
        DecideAsync(proposalId, user, ProposalStatus.Accepted, ProposalStatus.Undone, "intel.merge.undo", merge: false, ct);

    private async Task<bool> DecideAsync(int proposalId, string user, ProposalStatus from, ProposalStatus to, string action, bool merge, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var proposal = await db.Set<ResolutionProposal>().FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || proposal.Status != from) return false;
        var duplicate = await db.Set<GraphNode>().FirstAsync(n => n.Id == proposal.DuplicateNodeId, ct);
        var reshapes = to is ProposalStatus.Accepted or ProposalStatus.Undone;
        if (reshapes) duplicate.MergedIntoId = merge ? proposal.SurvivorNodeId : null;
        proposal.Status = to;
        proposal.DecidedBy = user;
        proposal.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(user, action, AuditEntityType, proposal.DuplicateNodeId.ToString(),
            new { proposalId, survivorNodeId = proposal.SurvivorNodeId, duplicateNodeId = proposal.DuplicateNodeId, proposal.Score },
            modelVersion: "entity-resolver-1", aiOutput: new { proposal.Score, evidence = JsonSerializer.Deserialize<List<string>>(proposal.Evidence) }), ct);
        // Reshape the loaded graph in memory and let the measures start from the previous ones (no reload, no cold recompute).
        if (reshapes && index.ApplyMerge(proposal.DuplicateNodeId, merge ? proposal.SurvivorNodeId : null) is { } change)
            metrics.WarmFrom(change.Before, change.After);
        return true;
    }
}
