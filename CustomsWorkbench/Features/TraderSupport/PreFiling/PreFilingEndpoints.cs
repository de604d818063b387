using System.Text.Json;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.TraderSupport.PreFiling;

/// <summary>POST /api/prefiling: a draft declaration in, findings out. Bounded body; every refusal is problem+json.</summary>
public static class PreFilingEndpoints
{
    public static IEndpointRouteBuilder MapPreFiling(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/prefiling", CheckAsync).RequireAuthorization(Policies.Staff).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, PreFilingService service, TimeProvider clock, CancellationToken ct)
    {
        if (request.ContentLength > PreFilingRequestReader.MaxBytes) return TooLarge();
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return Results.Problem("Send the draft declaration as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        // Read at most one byte past the limit, whatever Content-Length claimed (chunked bodies have none).
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > PreFilingRequestReader.MaxBytes) return TooLarge();
        }
        JsonDocument json;
        try { json = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException e) { return Results.Problem($"The body is not valid JSON: {e.Message}", statusCode: StatusCodes.Status400BadRequest); }
        using (json)
        {
            var (draft, errors) = PreFilingRequestReader.Read(json.RootElement, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            if (draft is null)
                return Results.ValidationProblem(errors, "The draft declaration has fields that cannot be checked.", statusCode: StatusCodes.Status422UnprocessableEntity);
            var result = await service.CheckAsync(draft, ct);
            return Results.Json(new { errors = result.Errors, warnings = result.Warnings, findings = result.Findings }, Json);
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static IResult TooLarge() =>
        Results.Problem($"A draft declaration may be at most {PreFilingRequestReader.MaxBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
