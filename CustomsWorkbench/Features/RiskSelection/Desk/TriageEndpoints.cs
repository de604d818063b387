using System.Security.Claims;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// The risk desk's actions over HTTP, the same <see cref="TriageService"/> paths as the dossier's buttons (Triage policy:
/// officers and supervisors): POST/DELETE /api/risk/declarations/{id}/claim, POST .../decision and POST .../undo.
/// A release (Green) closes the item, so like the dossier's confirm dialog it must be sent with "confirm": true; the
/// answer carries undoableUntilUtc, and POST .../undo takes it back (or a recorded result) before then.
/// Refusals are problem+json: 404 not in the queue, 409 held or changed by someone else (otherUser names them), the undo
/// window passed or nothing to undo (problem names which), 422 invalid input.
/// </summary>
public static class TriageEndpoints
{
    public static IEndpointRouteBuilder MapTriage(this IEndpointRouteBuilder app)
    {
        var act = app.MapGroup("/api/risk/declarations").RequireAuthorization(Policies.Triage).DisableAntiforgery();
        act.MapPost("/{id:int}/claim", async (int id, TriageService triage, ClaimsPrincipal user, CancellationToken ct) =>
            ToResult(id, await triage.ClaimAsync(id, Name(user), ct)));
        act.MapDelete("/{id:int}/claim", async (int id, TriageService triage, ClaimsPrincipal user, CancellationToken ct) =>
            ToResult(id, await triage.ReleaseAsync(id, Name(user), ct)));
        act.MapPost("/{id:int}/decision", async (int id, DecisionRequest request, TriageService triage, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (!Enum.TryParse<Channel>(request.Channel, ignoreCase: true, out var channel) || !Enum.IsDefined(channel))
                return Invalid("channel", "One of: Green, Yellow, Red.");
            if (channel == Channel.Green && request.Confirm != true)
                return Invalid("confirm", "A release closes the declaration without a check: send \"confirm\": true to release it.");
            return ToResult(id, await triage.DecideAsync(id, Name(user), channel, request.Reason, ct));
        });
        act.MapPost("/{id:int}/undo", async (int id, TriageService triage, ClaimsPrincipal user, CancellationToken ct) =>
            ToResult(id, await triage.UndoAsync(id, Name(user), ct)));
        return app;
    }

    /// <summary><paramref name="Confirm"/> must be true for a release (Green), as the dossier asks before releasing.</summary>
    public sealed record DecisionRequest(string? Channel, string? Reason, bool? Confirm);

    public sealed record TriageResponse(int DeclarationId, Guid? Version, DateTime? UndoableUntilUtc);

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "api";

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, statusCode: StatusCodes.Status422UnprocessableEntity);

    private static IResult ToResult(int id, TriageResult r) => r.Problem switch
    {
        TriageProblem.None => Results.Ok(new TriageResponse(id, r.Version, r.UndoableUntilUtc)),
        TriageProblem.NotInQueue => Results.Problem($"Declaration {id} is not in the risk queue.", statusCode: StatusCodes.Status404NotFound),
        TriageProblem.ReasonRequired => Invalid("reason", "A decision other than the recommendation needs a reason."),
        _ => Results.Problem(Describe(r), statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["problem"] = r.Problem.ToString(), ["otherUser"] = r.OtherUser }),
    };

    private static string Describe(TriageResult r) => r.Problem switch
    {
        TriageProblem.AlreadyClaimed => $"{r.OtherUser} holds this declaration.",
        TriageProblem.NotClaimedByYou => r.OtherUser is null ? "Claim the declaration first." : $"This is {r.OtherUser}'s, not yours.",
        TriageProblem.ChangedByOther => $"Changed by {r.OtherUser ?? "someone else"} at the same moment; reload and try again.",
        TriageProblem.UndoExpired => "The time to undo has passed; the decision is final.",
        TriageProblem.NothingToUndo => "There is no release or result of yours to undo.",
        TriageProblem.OutcomeIncomplete => "The result is incomplete.",
        TriageProblem.Held => "The declaration is held (see its holds); it cannot be released.",
        _ => $"Not possible in the declaration's current state{(r.OtherUser is null ? "" : $" (decided by {r.OtherUser})")}.",
    };
}
