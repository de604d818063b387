using System.ComponentModel;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

public sealed record ProposalAnswer(ProposedAction? Proposal, string Message);

/// <summary>
/// Actions that would change a record. These functions NEVER change anything: they store a proposal the user sees with a
/// confirm button; only the user's click (ProposalService.ConfirmAsync) executes it.
/// </summary>
public sealed class ActionsPlugin(ProposalService proposals, IDbContextFactory<WorkbenchDbContext> factory, AssistantTurn turn)
{
    public const string Name = "actions";
    private const string Pending = "Proposed; it runs only if the user clicks Confirm.";
    public const string MergeUnavailable = "Entity merge is not available in this installation: the intelligence module has not registered a merger. Nothing was proposed.";

    [KernelFunction("propose_assign_channel")]
    [Description("Propose assigning a declaration to a channel (Green, Yellow, Red). Only a proposal: the user must confirm.")]
    public async Task<ProposalAnswer> AssignChannelAsync(
        [Description("Declaration id or number; empty for the page's declaration")] string? declaration,
        [Description("Green, Yellow or Red")] string channel,
        [Description("Why")] string reason,
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.AssignChannel)) return new(null, "Your role may not assign channels.");
        if (!new[] { "Green", "Yellow", "Red" }.Contains(channel, StringComparer.OrdinalIgnoreCase)) return new(null, "Channel must be Green, Yellow or Red.");
        var d = await DeclarationAsync(declaration, ct);
        if (d is null) return new(null, "Declaration not found.");
        var normal = char.ToUpperInvariant(channel[0]) + channel[1..].ToLowerInvariant();
        var p = await proposals.ProposeAsync(turn, ProposalKinds.AssignChannel, "Declaration", d.Value.Id.ToString(),
            ProposalSummaries.AssignChannel(d.Value.Number, normal), new { channel = normal, reason }, ct);
        return new(p, Pending);
    }

    [KernelFunction("propose_release_or_hold")]
    [Description("Propose releasing a declaration (cleared, Green channel) or holding it for inspection (Red channel). Only a proposal: the user must confirm. " +
                 "A named declaration that does not exist is reported, never replaced by another.")]
    public async Task<ProposalAnswer> ReleaseOrHoldAsync(
        [Description("Declaration id or number; empty only for the declaration open on the page")] string? declaration,
        [Description("release or hold")] string action,
        [Description("Why")] string reason,
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.ReleaseOrHold)) return new(null, "Your role may not release or hold declarations.");
        var kind = (action ?? "").Trim().ToLowerInvariant() switch { "release" => ProposalKinds.Release, "hold" => ProposalKinds.Hold, _ => null };
        if (kind is null) return new(null, "Say release or hold.");
        var d = await DeclarationAsync(declaration, ct);
        if (d is null) return new(null, string.IsNullOrWhiteSpace(declaration) ? "Which declaration? Nothing was proposed." : $"Declaration {declaration.Trim()} was not found. Nothing was proposed.");
        var (channel, summary) = kind == ProposalKinds.Release
            ? ("Green", ProposalSummaries.Release(d.Value.Number))
            : ("Red", ProposalSummaries.Hold(d.Value.Number));
        var p = await proposals.ProposeAsync(turn, kind, "Declaration", d.Value.Id.ToString(), summary,
            new { channel, reason = Bounded(reason), number = d.Value.Number }, ct);
        return new(p, Pending);
    }

    [KernelFunction("propose_note")]
    [Description("Propose adding a note to a declaration. Only a proposal: the user must confirm.")]
    public async Task<ProposalAnswer> NoteAsync(
        [Description("Declaration id or number; empty for the page's declaration")] string? declaration,
        [Description("The note text")] string text,
        CancellationToken ct = default)
    {
        var d = await DeclarationAsync(declaration, ct);
        if (d is null) return new(null, "Declaration not found.");
        var p = await proposals.ProposeAsync(turn, ProposalKinds.AddNote, "Declaration", d.Value.Id.ToString(),
            ProposalSummaries.Note(d.Value.Number), new { title = "Note", text }, ct);
        return new(p, Pending);
    }

    [KernelFunction("propose_entity_merge")]
    [Description("Propose merging two entities of the intelligence graph that are the same real-world party. Only a proposal.")]
    public async Task<ProposalAnswer> MergeAsync(
        [Description("Entity to keep")] string keep, [Description("Entity to merge into it")] string merge, [Description("Why")] string reason,
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.EntityMerge)) return new(null, "Your role may not merge entities.");
        // A proposal the user could confirm but nothing could execute would mislead: say so now instead.
        if (!proposals.CanMergeEntities) return new(null, MergeUnavailable);
        keep = (keep ?? "").Trim();
        merge = (merge ?? "").Trim();
        if (keep.Length == 0 || merge.Length == 0) return new(null, "Name both entities, e.g. importer:IM00000012 and importer:IM00000107.");
        if (string.Equals(keep, merge, StringComparison.OrdinalIgnoreCase)) return new(null, "An entity cannot be merged into itself.");
        var p = await proposals.ProposeAsync(turn, ProposalKinds.MergeEntities, "GraphEntity", keep, ProposalSummaries.Merge(merge, keep), new { merge, reason }, ct);
        return new(p, Pending);
    }

    /// <summary>A reason as the queue accepts it (a model may send anything).</summary>
    private static string Bounded(string? reason) =>
        (reason ?? "").Trim() is var r && r.Length > Platform.Validation.FieldLimits.Reason ? r[..Platform.Validation.FieldLimits.Reason] : r;

    private async Task<(int Id, string Number)?> DeclarationAsync(string? declaration, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await RecordLookup.FindDeclarationAsync(db, string.IsNullOrWhiteSpace(declaration) ? turn.Page.DeclarationId?.ToString() : declaration, ct);
        return d is null ? null : (d.Id, d.Number);
    }
}
