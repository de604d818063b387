using System.Security.Claims;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Tip;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// GET /api/xray/queue, GET /api/xray/scans/{id}, GET /api/xray/scans/{id}/images/{high|low} (16-bit grayscale PNG,
/// immutable: the file name is its content hash), POST /api/xray/scans/{id}/annotations, POST /api/xray/detector/retrain.
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
                : Results.Problem(outcome.Error, statusCode: StatusCodes.Status422UnprocessableEntity);
        }).DisableAntiforgery();
        api.MapPost("/scans/{id:int}/reviewed", async (int id, ScanReviewService review, ClaimsPrincipal user, CancellationToken ct) =>
            await review.MarkReviewedAsync(id, user.Identity?.Name ?? "api", ct) is { } outcome ? Results.Ok(outcome) : Results.NotFound()).DisableAntiforgery();
        app.MapPost("/api/xray/detector/retrain", (DetectorRetraining retraining, ClaimsPrincipal user) =>
            Results.Accepted(value: retraining.Start(user.Identity?.Name ?? "api"))).RequireAuthorization(Policies.Oversight).DisableAntiforgery();
        return app;
    }

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
