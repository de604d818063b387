using System.Security.Claims;
using System.Text.Json;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Assistant;

public static class ProposalKinds
{
    public const string AssignChannel = "assign-channel";
    public const string AddNote = "add-note";
    public const string MergeEntities = "merge-entities";
    /// <summary>Release (Green) or hold for inspection (Red): carried out as a channel decision through the queue's rules.</summary>
    public const string Release = "release";
    public const string Hold = "hold";
}

public sealed record ConfirmResult(bool Executed, string Message);

/// <summary>
/// Proposals are the only way the assistant touches a record: a tool stores one (audited) and returns it; nothing runs
/// until the same user confirms it here, which re-checks permission, executes through the normal service, and audits.
/// </summary>
public sealed class ProposalService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, DeclarationNotes notes,
    IServiceProvider services)
{
    /// <summary>Whether an entity merger is installed (Features/Intelligence registers <see cref="IAssistantEntityMerger"/>).</summary>
    public bool CanMergeEntities => services.GetService<IAssistantEntityMerger>() is not null;

    public static string RequiredPolicy(string kind) => kind switch
    {
        ProposalKinds.AssignChannel => AssistantPermissions.AssignChannel,
        ProposalKinds.Release or ProposalKinds.Hold => AssistantPermissions.ReleaseOrHold,
        ProposalKinds.MergeEntities => AssistantPermissions.EntityMerge,
        _ => AssistantPermissions.Records,
    };

    public async Task<ProposedAction> ProposeAsync(AssistantTurn turn, string kind, string targetType, string targetId, string summary,
        object payload, CancellationToken ct)
    {
        var proposal = new AssistantProposal
        {
            Id = Guid.NewGuid(), UserName = turn.UserName, Kind = kind, TargetType = targetType, TargetId = targetId, Summary = summary,
            PayloadJson = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web), Status = ProposalStatus.Proposed, CreatedAtUtc = DateTime.UtcNow,
        };
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.Add(proposal);
            await db.SaveChangesAsync(ct);
        }
        await audit.RecordAsync(AuditRecord.AiRecommendation(turn.UserName, "assistant.action-proposed", targetType, targetId, "assistant",
            new { proposal.Id, kind, summary }, payload), ct);
        var action = new ProposedAction(proposal.Id, kind, summary, targetType, targetId);
        turn.AddProposal(action);
        return action;
    }

    public async Task<ConfirmResult> ConfirmAsync(Guid id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userName = user.Identity?.Name ?? "";
        await using var db = await factory.CreateDbContextAsync(ct);
        var p = await db.Set<AssistantProposal>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null || p.UserName != userName) return new ConfirmResult(false, "No such proposal for this user.");
        if (p.Status != ProposalStatus.Proposed) return AlreadyHandled(p);
        if (!AssistantPermissions.Allows(user, RequiredPolicy(p.Kind))) return new ConfirmResult(false, "Your role may not perform this action.");
        // The check above is only a courtesy: this conditional UPDATE is what lets exactly one confirmation run the action
        // (double clicks, two tabs, a retrying client); the others see the row already taken.
        var now = DateTime.UtcNow;
        var claimed = await db.Set<AssistantProposal>().Where(x => x.Id == id && x.Status == ProposalStatus.Proposed)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ProposalStatus.Executing).SetProperty(x => x.ConfirmedAtUtc, now), ct);
        if (claimed == 0) return AlreadyHandled(await db.Set<AssistantProposal>().AsNoTracking().SingleAsync(x => x.Id == id, ct));

        ConfirmResult result;
        try
        {
            result = await ExecuteAsync(p, userName, ct);
        }
        catch (Exception e)
        {
            // Claimed but not carried out: record why, so the proposal does not stay "executing" for ever.
            await FinishAsync(db, id, ProposalStatus.Failed, e.Message);
            throw;
        }
        await FinishAsync(db, id, result.Executed ? ProposalStatus.Confirmed : ProposalStatus.Failed, result.Message);
        await audit.RecordAsync(AuditRecord.Decision(userName, "assistant.action-confirmed", p.TargetType, p.TargetId,
            new { proposalId = p.Id, p.Kind, p.Summary, executed = result.Executed, result.Message }, "assistant", p.PayloadJson), CancellationToken.None);
        return result;
    }

    /// <summary>The answer to a confirmation that lost: who confirmed it and what became of it.</summary>
    private static ConfirmResult AlreadyHandled(AssistantProposal p) => new(false, p.Status switch
    {
        ProposalStatus.Executing => $"This proposal was already confirmed by {p.UserName} and is being carried out.",
        ProposalStatus.Confirmed => $"This proposal was already confirmed by {p.UserName} at {p.ConfirmedAtUtc:u}: {p.Result}",
        _ => $"This proposal was already confirmed by {p.UserName} at {p.ConfirmedAtUtc:u} and failed: {p.Result}",
    });

    /// <summary>Written even if the caller has gone: the action ran (or failed), and the proposal must say so.</summary>
    private static Task FinishAsync(WorkbenchDbContext db, Guid id, ProposalStatus status, string message) =>
        db.Set<AssistantProposal>().Where(x => x.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status).SetProperty(x => x.Result, message), CancellationToken.None);

    private async Task<ConfirmResult> ExecuteAsync(AssistantProposal p, string user, CancellationToken ct)
    {
        var payload = JsonDocument.Parse(p.PayloadJson).RootElement;
        string Text(string name) => payload.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";
        switch (p.Kind)
        {
            case ProposalKinds.AddNote:
                var note = await notes.AddAsync(int.Parse(p.TargetId), "note", Text("title"), Text("text"), user, ct);
                return new ConfirmResult(true, $"Note {note.Id} added.");
            case ProposalKinds.AssignChannel or ProposalKinds.Release or ProposalKinds.Hold:
                if (services.GetService<IAssistantChannelAssigner>() is not { } assigner) return new ConfirmResult(false, "Channel assignment is not available in this installation yet.");
                // The queue's own rules (claim, concurrency, reason) apply; a refusal comes back as a clear message.
                try { await assigner.AssignAsync(int.Parse(p.TargetId), Text("channel"), Text("reason"), user, ct); }
                catch (InvalidOperationException refused) { return new ConfirmResult(false, refused.Message); }
                return new ConfirmResult(true, p.Kind switch
                {
                    ProposalKinds.Release => $"Declaration {Text("number")} released (Green channel).",
                    ProposalKinds.Hold => $"Declaration {Text("number")} held for inspection (Red channel).",
                    _ => $"Channel {Text("channel")} assigned.",
                });
            case ProposalKinds.MergeEntities:
                if (services.GetService<IAssistantEntityMerger>() is not { } merger)
                    return new ConfirmResult(false, "Entity merge is not available in this installation: the intelligence module has not registered a merger. Nothing was changed.");
                // The merger's own checks (unknown entity, different kinds, already merged) come back as a clear refusal.
                try { await merger.MergeAsync(p.TargetId, Text("merge"), Text("reason"), user, ct); }
                catch (Exception refused) when (refused is InvalidOperationException or ArgumentException or KeyNotFoundException)
                {
                    return new ConfirmResult(false, refused.Message);
                }
                return new ConfirmResult(true, $"Merged {Text("merge")} into {p.TargetId}.");
            default:
                return new ConfirmResult(false, $"Unknown action {p.Kind}.");
        }
    }
}
