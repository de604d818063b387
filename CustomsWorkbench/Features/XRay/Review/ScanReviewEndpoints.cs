using System.Security.Claims;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Tip;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// GET /api/xray/queue, GET /api/xray/scans/{id}, GET /api/xray/scans/{id}/images/{high|low} (16-bit grayscale PNG,
/// immutable: the file name is its content hash), POST /api/xray/scans/{id}/annotations, .../claim, .../reviewed,
/// POST .../take-over (supervisors), GET /api/xray/escalations and POST /api/xray/escalations/{id}/acknowledge
/// (supervisors), POST /api/xray/detector/retrain. Only the officer holding a scan records verdicts, boxes and the
/// completion: anyone else gets 409 problem+json with "otherUser" naming the holder.
/// </summary>
public static class ScanReviewEndpoints
{
    public static IEndpointRouteBuilder MapScanReview(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/xray").RequireAuthorization(Policies.Triage);
        api.MapGet("/queue", async (ScanReviewService review, bool? reviewed, CancellationToken ct) => Results.Ok(await review.QueueAsync(reviewed == true, ct: ct)));
        api.MapGet("/scans/{id:int}", async (int id, ScanReviewService review, ScanAnalysis analysis, CancellationToken ct) =>
        {
            await analysis.EnsureAnalysedAsync(id, ct);
            return await review.GetAsync(id, ct) is { } details ? Results.Ok(details) : Results.NotFound();
        });
        api.MapGet("/scans/{id:int}/images/{energy}", ImageAsync);
        api.MapPost("/scans/{id:int}/annotations", async (int id, AnnotationRequest request, ScanReviewService review, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var outcome = await review.AnnotateAsync(id, request, user.Identity?.Name ?? "api", ct);
            return outcome.Succeeded
                ? Results.Created($"/api/xray/scans/{id}", outcome.Annotation)
                : Results.Problem(outcome.Error, statusCode: outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                    extensions: Holder(outcome.HeldBy));
        }).DisableAntiforgery();
        api.MapPost("/scans/{id:int}/claim", async (int id, ScanReviewService review, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var me = user.Identity?.Name ?? "api";
            return await review.ClaimAsync(id, me, ct) switch
            {
                null => await review.GetFilesAsync(id, ct) is null ? Results.NotFound()
                    : Results.Problem("The review of this scan is complete.", statusCode: StatusCodes.Status409Conflict),
                var holder when holder == me => Results.Ok(new { scanId = id, claimedBy = holder }),
                var holder => Results.Problem(ScanReviewService.HeldMessage(holder), statusCode: StatusCodes.Status409Conflict, extensions: Holder(holder)),
            };
        }).DisableAntiforgery();
        api.MapPost("/scans/{id:int}/reviewed", async (int id, ScanReviewService review, ClaimsPrincipal user, CancellationToken ct) =>
            await review.MarkReviewedAsync(id, user.Identity?.Name ?? "api", ct) switch
            {
                null => Results.NotFound(),
                { Completion: { } completion } => Results.Ok(completion),
                { Conflict: true } refused => Results.Problem(refused.Error, statusCode: StatusCodes.Status409Conflict, extensions: Holder(refused.HeldBy)),
                var refused => Results.Problem(refused.Error, statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?> { ["openAlarms"] = refused.OpenAlarms }),
            }).DisableAntiforgery();
        app.MapPost("/api/xray/scans/{id:int}/take-over", async (int id, ScanReviewService review, ClaimsPrincipal user, CancellationToken ct) =>
            await review.TakeOverAsync(id, user.Identity?.Name ?? "api", ct) switch
            {
                { Succeeded: true } taken => Results.Ok(new { scanId = id, claimedBy = taken.Holder }),
                { Conflict: true } refused => Results.Problem(refused.Error, statusCode: StatusCodes.Status409Conflict, extensions: Holder(refused.HeldBy)),
                var missing => Results.Problem(missing.Error, statusCode: StatusCodes.Status404NotFound),
            }).RequireAuthorization(Policies.Supervision).DisableAntiforgery();
        var escalations = app.MapGroup("/api/xray/escalations").RequireAuthorization(Policies.Supervision);
        escalations.MapGet("", async (ScanEscalations service, CancellationToken ct) => Results.Ok(await service.OpenAsync(ct: ct)));
        escalations.MapPost("/{id:int}/acknowledge", async (int id, EscalationAcknowledgement body, ScanEscalations service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var outcome = await service.AcknowledgeAsync(id, body.Version, user.Identity?.Name ?? "api", ct);
            return outcome.Succeeded ? Results.Ok(outcome.Escalation)
                : outcome.Conflict ? Results.Problem(outcome.Error, statusCode: StatusCodes.Status409Conflict)
                : Results.NotFound();
        }).DisableAntiforgery();
        app.MapPost("/api/xray/detector/retrain", (DetectorRetraining retraining, ClaimsPrincipal user) =>
            Results.Accepted(value: retraining.Start(user.Identity?.Name ?? "api"))).RequireAuthorization(Policies.Oversight).DisableAntiforgery();
        return app;
    }

    private static Dictionary<string, object?>? Holder(string? holder) => holder is null ? null : new() { ["otherUser"] = holder };

    private static async Task<IResult> ImageAsync(int id, string energy, ScanAnalysis analysis, ScanReviewService review, ScanStore store,
        TipService tip, ReviewTimings timings, ClaimsPrincipal user, CancellationToken ct)
    {
        await analysis.EnsureImagesAsync(id, ct);
        var scan = await review.GetFilesAsync(id, ct);
        if (scan is null) return Results.NotFound();
        var file = energy switch { "high" => scan.Value.High, "low" => scan.Value.Low ?? scan.Value.High, _ => null };
        // Threat Image Projection: this officer may be served the same scan with a training threat in it, served alike.
        if (file is not null && user.Identity?.Name is { } officer)
        {
            // The review's clock starts when the officer first sees the pixels.
            await timings.OpenedAsync(id, officer, ct);
            file = await tip.ImageFileAsync(id, energy == "low" && scan.Value.Low is not null, officer, ct) ?? file;
        }
        var path = store.PathOf(file);
        if (path is null) return Results.NotFound();
        return Results.File(path, "image/png", enableRangeProcessing: false, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file![..16]}\""));
    }
}
