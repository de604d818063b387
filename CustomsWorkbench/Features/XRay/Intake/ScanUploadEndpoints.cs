using System.Security.Claims;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Identity;
using Microsoft.AspNetCore.Http.Features;

namespace CustomsWorkbench.Features.XRay.Intake;

/// <summary>
/// POST /api/xray/scans (multipart: "high" image, optional "low" image, "consignment", optional "view" and "scanner"):
/// 201 with the id; 400 without files, 413 over the size limit, 415 for a non-image, 422 for a corrupt image, wrong size
/// or unknown consignment.
/// </summary>
public static class ScanUploadEndpoints
{
    private const long MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapScanUpload(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/xray/scans", UploadAsync).RequireAuthorization(Policies.Triage).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, ScanIntake intake, ClaimsPrincipal user, CancellationToken ct)
    {
        var limit = 2 * intake.MaxBytes + MultipartOverhead;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        if (http.Request.ContentLength > limit) return TooLarge(intake);
        if (!http.Request.HasFormContentType) return Results.Problem("Send the scan as multipart/form-data with a field named 'high'.", statusCode: 400);
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge(intake);
        }
        var high = form.Files.GetFile("high");
        if (high is null) return Results.Problem("Send the scan image in a field named 'high' (and the low-energy image in 'low' for dual-energy scans).", statusCode: 400);
        var low = form.Files.GetFile("low");
        if (high.Length > intake.MaxBytes || low?.Length > intake.MaxBytes) return TooLarge(intake);
        var view = Enum.TryParse<ScanView>(form["view"].ToString(), ignoreCase: true, out var v) ? v : ScanView.Side;
        var upload = new ScanUpload(form["consignment"].ToString(), await ReadAsync(high, ct), low is null ? null : await ReadAsync(low, ct),
            view, form["scanner"].ToString());
        var result = await intake.StoreAsync(upload, user.Identity?.Name ?? "api", ct);
        return result switch
        {
            { Succeeded: true } => Results.Created($"/api/xray/scans/{result.ScanId}", new { id = result.ScanId }),
            { Failure: ScanIntakeFailure.TooLarge } => TooLarge(intake),
            { Failure: ScanIntakeFailure.NotAnImage } => Results.Problem(result.Error, statusCode: StatusCodes.Status415UnsupportedMediaType),
            _ => Results.Problem(result.Error, statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }

    private static async Task<ScanFile> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new ScanFile(Path.GetFileName(file.FileName), buffer.ToArray());
    }

    private static IResult TooLarge(ScanIntake intake) =>
        Results.Problem($"The image is larger than the {intake.MaxMegabytes} MB upload limit.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
