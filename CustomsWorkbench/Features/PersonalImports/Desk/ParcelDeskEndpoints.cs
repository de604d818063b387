using System.Security.Claims;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Records;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>
/// The parcel desk over HTTP. Reading (GET /api/parcels/queue, GET /api/parcels/{id}) is open to every member of staff
/// like the parcel list; acting (claim, decisions, outcome) needs the Triage policy (officers and supervisors). Refusals
/// are problem+json: 404 unknown parcel, 409 claimed or changed by someone else (the detail names them), 422 invalid input.
/// </summary>
public static class ParcelDeskEndpoints
{
    public static IEndpointRouteBuilder MapParcelDesk(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/parcels").RequireAuthorization(Policies.Staff);
        read.MapGet("/queue", QueueAsync);
        read.MapGet("/{id:int}", async (int id, ParcelDossierQuery dossiers, CancellationToken ct) =>
            await dossiers.GetAsync(id, ct) is { } dossier ? Results.Ok(dossier) : Results.NotFound());

        var act = app.MapGroup("/api/parcels").RequireAuthorization(Policies.Triage).DisableAntiforgery();
        act.MapPost("/{id:int}/claim", async (int id, ParcelDeskService desk, ClaimsPrincipal user, CancellationToken ct) =>
            ToResult(id, await desk.ClaimAsync(id, Name(user), ct)));
        act.MapDelete("/{id:int}/claim", async (int id, ParcelDeskService desk, ClaimsPrincipal user, CancellationToken ct) =>
            ToResult(id, await desk.ReleaseAsync(id, Name(user), ct)));
        act.MapPost("/{id:int}/decisions", async (int id, DecisionRequest request, ParcelDeskService desk, ClaimsPrincipal user, CancellationToken ct) =>
            ParseAction(request.Action) is { } action
                ? ToResult(id, await desk.DecideAsync(id, Name(user), action, request.Reason, request.Version, ct))
                : Invalid("action", $"One of: {string.Join(", ", Enum.GetNames<ParcelAction>())}."));
        act.MapPost("/decisions", async (BulkDecisionRequest request, ParcelDeskService desk, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (ParseAction(request.Action) is not { } action) return Invalid("action", $"One of: {string.Join(", ", Enum.GetNames<ParcelAction>())}.");
            var results = await desk.DecideManyAsync((request.Parcels ?? []).Select(p => new ParcelVersion(p.Id, p.Version)).ToList(), Name(user), action, request.Reason, ct);
            var body = results.Select(r => Describe(r.ParcelId, r.Result)).ToList();
            return results.All(r => r.Result.Succeeded) ? Results.Ok(body)
                : Results.Problem("No parcel was changed: at least one could not be decided.", statusCode: StatusCodes.Status409Conflict,
                    extensions: new Dictionary<string, object?> { ["parcels"] = body });
        });
        act.MapPost("/{id:int}/outcome", async (int id, OutcomeRequest request, ParcelDeskService desk, ClaimsPrincipal user, CancellationToken ct) =>
            Enum.TryParse<ParcelOutcome>(request.Outcome, ignoreCase: true, out var outcome) && outcome != ParcelOutcome.Pending
                ? ToResult(id, await desk.RecordOutcomeAsync(id, Name(user), outcome, request.Note, request.Version, ct))
                : Invalid("outcome", "Compliant or Irregular."));
        return app;
    }

    public sealed record DecisionRequest(string? Action, string? Reason, int? Version);
    public sealed record BulkParcel(int Id, int? Version);
    public sealed record BulkDecisionRequest(string? Action, string? Reason, IReadOnlyList<BulkParcel>? Parcels);
    public sealed record OutcomeRequest(string? Outcome, string? Note, int? Version);
    public sealed record ParcelDeskResponse(int ParcelId, bool Succeeded, string? Status, int? DeskVersion, string? Problem, string? OtherUser);

    private static async Task<IResult> QueueAsync(ParcelQueueQuery queue, ClaimsPrincipal user, string? view, string? flag, int? officeId,
        string? seller, DateOnly? from, DateOnly? to, string? period, string? sort, bool? descending, int? page, int? pageSize, CancellationToken ct)
    {
        new FieldCheck().Text("flag", flag, FieldLimits.Kind).Text("seller", seller, FieldLimits.Name).ThrowIfAny();
        var queueView = Enum.TryParse<ParcelQueueView>(view, ignoreCase: true, out var v) ? v : ParcelQueueView.Open;
        var queuePeriod = Enum.TryParse<QueuePeriod>(period, ignoreCase: true, out var p) && Enum.IsDefined(p) ? p : QueuePeriod.All;
        var filter = new ParcelQueueFilter(queueView, flag, officeId, seller, from, to, queuePeriod);
        var result = await queue.GetPageAsync(filter, new PageRequest(page ?? 0, pageSize ?? 50, sort, descending ?? true), Name(user), ct);
        return Results.Ok(new
        {
            total = result.TotalCount,
            items = result.Items.Select(r => new
            {
                r.Id, r.TrackingNumber, r.ArrivedOn, r.RecipientName, r.PersonalCustomsCode, r.SenderName, r.Origin, r.GoodsDescription,
                r.DeclaredValueUsd, r.OfficeEn, r.OfficeKo, r.RiskScore, status = r.Status.ToString(), r.ClaimedBy, r.Flags,
            }),
        });
    }

    /// <summary>Accepts the enum names (HoldForDocuments) and the audit's words (hold-for-documents).</summary>
    private static ParcelAction? ParseAction(string? text) =>
        Enum.TryParse<ParcelAction>(text?.Replace("-", ""), ignoreCase: true, out var action) && Enum.IsDefined(action) ? action : null;

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "api";

    private static IResult Invalid(string field, string message) =>
        // 422 like every field-limit refusal of the platform (ApiProblems), so callers see one status for invalid input.
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, statusCode: StatusCodes.Status422UnprocessableEntity);

    private static ParcelDeskResponse Describe(int id, ParcelDeskResult r) =>
        new(id, r.Succeeded, r.Status?.ToString(), r.DeskVersion, r.Succeeded ? null : r.Problem.ToString(), r.OtherUser);

    private static IResult ToResult(int id, ParcelDeskResult r) => r.Problem switch
    {
        ParcelDeskProblem.None => Results.Ok(Describe(id, r)),
        ParcelDeskProblem.NotFound => Results.Problem($"Parcel {id} does not exist.", statusCode: StatusCodes.Status404NotFound),
        ParcelDeskProblem.ReasonRequired => Invalid("reason", "A referral for misuse needs a reason."),
        _ => Results.Problem(ParcelDeskText.ProblemEn(r), statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["problem"] = r.Problem.ToString(), ["otherUser"] = r.OtherUser }),
    };
}
