using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.RiskSelection.Model;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// Carries out a channel the officer confirmed in the assistant, through the same claim-and-decide path as the queue,
/// so concurrency, reasons for overrides and auditing are exactly those of a click on the declaration page.
/// </summary>
public sealed class AssistantChannelAssigner(TriageService triage) : IAssistantChannelAssigner
{
    public async Task AssignAsync(int declarationId, string channel, string reason, string user, CancellationToken ct)
    {
        if (!Enum.TryParse<Channel>(channel, ignoreCase: true, out var target))
            throw new InvalidOperationException($"'{channel}' is not a channel (Red, Yellow or Green).");
        var claim = await triage.ClaimAsync(declarationId, user, ct);
        if (!claim.Succeeded) throw new InvalidOperationException($"Could not claim the declaration: {claim.Problem}{(claim.OtherUser is { } other ? $" ({other})" : "")}.");
        var decision = await triage.DecideAsync(declarationId, user, target, string.IsNullOrWhiteSpace(reason) ? null : reason, ct);
        if (!decision.Succeeded)
        {
            await triage.ReleaseAsync(declarationId, user, ct);
            throw new InvalidOperationException($"The decision was refused: {decision.Problem}.");
        }
    }
}
