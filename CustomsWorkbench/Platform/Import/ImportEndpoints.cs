using System.Security.Claims;
using System.Text.Json;
using CustomsWorkbench.Platform.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// POST /api/imports (multipart, field "file"): 200 with the report, 422 problem+json with the report's problems, 413 over the size limit,
/// 415 for anything but .csv/.json, 400 without a file.
/// </summary>
public static class ImportEndpoints
{
    // Room for the multipart boundaries and headers around the file itself.
    private const long MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/imports", ImportAsync)
            .RequireAuthorization(Policies.ImportData)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpContext http, FileImporter imports, ImportUploadFolder uploads, ClaimsPrincipal user, CancellationToken ct)
    {
        var limit = uploads.MaxBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit + MultipartOverhead;
        if (http.Request.ContentLength > limit + MultipartOverhead) return TooLarge(uploads);
        if (!http.Request.HasFormContentType) return Problem(400, "Send the file as multipart/form-data in a field named 'file'.");

        IFormFile? file;
        try
        {
            var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + MultipartOverhead }, ct);
            file = form.Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge(uploads);
        }
        if (file is null) return Problem(400, "Send the file as multipart/form-data in a field named 'file'.");
        if (file.Length > limit) return TooLarge(uploads);
        if (ImportFormats.FromFileName(file.FileName) is null)
        {
            return Refused(ImportReport.Rejected(file.FileName, null, ImportFormats.UnsupportedType(file.FileName)), StatusCodes.Status415UnsupportedMediaType);
        }

        var path = uploads.NewPath(file.FileName);
        try
        {
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
            var report = await imports.ImportFileAsync(path, Path.GetFileName(file.FileName), user.Identity?.Name ?? "api", null, ct);
            return report.Succeeded ? Results.Json(report, ImportReportText.Json) : Refused(report, StatusCodes.Status422UnprocessableEntity);
        }
        finally
        {
            ImportUploadFolder.Delete(path);
        }
    }

    /// <summary>A refused file as problem+json; the report's fields (errors with row, column, problem) sit beside the standard ones.</summary>
    private static IResult Refused(ImportReport report, int status)
    {
        var fields = JsonSerializer.SerializeToElement(report, ImportReportText.Json);
        var extensions = fields.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        var detail = $"{report.ErrorCount} problem(s); nothing was imported. First: {report.Errors.FirstOrDefault()}";
        return Results.Problem(detail, statusCode: status, title: "The file was not imported", extensions: extensions);
    }

    private static IResult TooLarge(ImportUploadFolder uploads) =>
        Problem(StatusCodes.Status413PayloadTooLarge, $"The file is larger than the {uploads.MaxMegabytes} MB upload limit.");

    private static IResult Problem(int status, string detail) => Results.Problem(detail, statusCode: status);
}
