using CustomsWorkbench.Features.Assistant.Library;
using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Platform.Cli;
using Microsoft.Extensions.DependencyInjection.Extensions;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.Assistant;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>Services of the Assistant feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddAssistant(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRealtimeTopic(DeclarationNotes.Topic, Policies.Staff); // notes sit on declarations, which all staff read
        services.Configure<AssistantOptions>(builder.Configuration.GetSection("Workbench:Assistant"));
        // The API key may live in user secrets in any environment (never in a committed file); environment variables win.
        services.PostConfigure<AssistantOptions>(o =>
        {
            if (!string.IsNullOrWhiteSpace(o.ApiKey)) return;
            var secrets = new ConfigurationBuilder().AddUserSecrets(typeof(AssistantOptions).Assembly, optional: true).Build();
            o.ApiKey = secrets["Workbench:Assistant:ApiKey"];
        });
        services.TryAddSingleton(TimeProvider.System);
        // Exchange rates live in Platform/Reference; registering them here is idempotent if the host adds them too.
        services.AddExchangeRates();
        services.AddSingleton<OfflineLanguageModel>();
        services.AddModelKind<AssistantIntentKind>();
        services.AddSingleton<CustomsWorkbench.Platform.Models.IFirstVersion, IntentFirstVersion>();
        services.AddSingleton<OfflineChatCompletionService>();
        services.AddSingleton<AssistantKernelFactory>();
        services.AddSingleton<AssistantService>();
        services.AddSingleton<ProcedureLibrary>();
        services.AddSingleton<DeclarationNotes>();
        services.AddSingleton<ProposalService>();
        services.AddSingleton<IAssistantLetterWriter, LetterWriter>();
        services.AddSingleton<CustomsWorkbench.Platform.Models.IAiDecisionSource, AssistantDecisionSource>();
        services.AddSingleton<CustomsWorkbench.Platform.Models.Monitoring.IModelMonitor, AssistantIntentMonitor>();
        services.AddSingleton<IDatabaseSeeder, ProcedureLibrarySeeder>();
        services.AddHostedService<OfflineModelWarmUp>();
        services.AddScoped<AssistantPageContext>();
        services.AddTransient<ICliVerb, AskVerb>();
        services.AddTransient<ICliVerb, EvaluateAssistantVerb>();
        return builder;
    }

    /// <summary>A draft as a downloaded PDF; 503 with the reason when the server has no font with Korean glyphs.</summary>
    private static IResult PdfDownload(string title, string body, string footer) =>
        Export.DraftPdf.Available
            ? Results.File(Export.DraftPdf.Render(title, body, footer), "application/pdf", Export.DraftFileName.For(title) + ".pdf")
            : Results.Problem(Export.KoreanFonts.Missing, statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>HTTP endpoints of the Assistant feature.</summary>
    public static IEndpointRouteBuilder MapAssistant(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assistant").RequireAuthorization(Policies.Staff);
        api.MapPost("/ask", async (AskRequest request, HttpContext http, AssistantService assistant, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(request.Question)
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["question"] = ["is required"] })
                : Results.Ok(await assistant.AskAsync(http.User, request.Question,
                    new PageContextSnapshot(request.DeclarationId, request.ImporterId, request.ScanId, request.GraphEntities, request.ParcelId), request.Remember, ct)));
        api.MapPost("/proposals/{id:guid}/confirm", async (Guid id, HttpContext http, ProposalService proposals, CancellationToken ct) =>
            Results.Ok(await proposals.ConfirmAsync(id, http.User, ct)));
        api.MapGet("/notes/{id:int}/print", async (int id, DeclarationNotes notes, CancellationToken ct) =>
            await notes.GetAsync(id, ct) is { } note
                ? Results.Content(DeclarationNotes.ToPrintHtml(note.Title, note.Body, $"{note.CreatedBy} · {note.CreatedAtUtc:yyyy-MM-dd HH:mm} UTC"), "text/html; charset=utf-8")
                : Results.NotFound());
        api.MapPost("/print", ([FromForm] string title, [FromForm] string body) =>
            DeclarationNotes.Check("", title, body) ?? Results.Content(DeclarationNotes.ToPrintHtml(title, body), "text/html; charset=utf-8")).DisableAntiforgery();
        api.MapGet("/notes/{id:int}/pdf", async (int id, DeclarationNotes notes, CancellationToken ct) =>
            await notes.GetAsync(id, ct) is { } note
                ? PdfDownload(note.Title, note.Body, $"{note.CreatedBy} · {note.CreatedAtUtc:yyyy-MM-dd HH:mm} UTC")
                : Results.NotFound());
        api.MapPost("/pdf", ([FromForm] string title, [FromForm] string body, HttpContext http) =>
            DeclarationNotes.Check("", title, body) ?? PdfDownload(title, body, $"{http.User.Identity?.Name} · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC")).DisableAntiforgery();
        // Supervisors add library documents (Markdown, text or PDF with a text layer); a refused file stores nothing.
        app.MapPost("/api/assistant/library", async (IFormFile? file, HttpContext http, ProcedureLibrary library, IStringLocalizer<AssistantStrings> text, CancellationToken ct) =>
        {
            if (file is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["is required"] });
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            var (row, problem) = await library.AddUploadAsync(file.FileName, buffer.ToArray(), http.User.Identity?.Name ?? "", ct);
            if (row is not null) return Results.Ok(row);
            var message = string.Format(text[problem!], ProcedureLibrary.MaxUploadBytes / 1024);
            // "error" stays beside the standard "detail" for callers written against the earlier body.
            return Results.Problem(message, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = problem, ["error"] = message });
        }).RequireAuthorization(Policies.Oversight).DisableAntiforgery();
        return app;
    }
}

public sealed record AskRequest(string Question, int? DeclarationId = null, int? ImporterId = null, string? ScanId = null,
    IReadOnlyList<string>? GraphEntities = null, bool Remember = true, int? ParcelId = null);
