using System.Security.Claims;
using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.Intelligence.Api;

/// <summary>
/// The case file under /api/intel/cases/{id} (policy Intelligence): read it whole, add notes, tasks, observables and links,
/// tick tasks, set status and priority. Every change carries the case version it was made on; a stale one is a 409 with
/// the current version and who changed it, a refused value a 422, an identifier already on the case a 409 "duplicate".
/// </summary>
public static class CaseFileEndpoints
{
    public sealed record NoteRequest(Guid Version, string Text);
    public sealed record TaskRequest(Guid Version, string Title, string Assignee, DateOnly? DueDate);
    public sealed record TaskDoneRequest(Guid Version, bool Done);
    public sealed record ObservableRequest(Guid Version, ObservableType Type, string Value);
    public sealed record LinkRequest(Guid Version, CaseLinkType Type, int RecordId);
    public sealed record StatusRequest(Guid Version, CaseStatus Status);
    public sealed record PriorityRequest(Guid Version, CasePriority Priority);

    public static IEndpointRouteBuilder MapCaseFileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/intel/cases").RequireAuthorization(Policies.Intelligence).DisableAntiforgery();

        api.MapGet("/{id:int}/file", async (int id, CaseFileQuery files, ClaimsPrincipal user, CancellationToken ct) =>
            await files.GetAsync(id, Name(user), ct) is { } file ? Results.Json(file, IntelligenceJson.Options) : Results.NotFound());
        api.MapGet("/records", async (CaseLinkType type, string q, CaseRecordLookup lookup, CancellationToken ct) =>
            Results.Json(await lookup.SearchAsync(type, q, ct), IntelligenceJson.Options));
        api.MapGet("/assignees", async (CaseAssignees assignees, CancellationToken ct) => Results.Json(await assignees.ListAsync(ct), IntelligenceJson.Options));

        api.MapPost("/{id:int}/notes", async (int id, NoteRequest r, CaseFileEditor e, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await e.AddNoteAsync(id, Name(user), r.Version, r.Text, ct)));
        api.MapPost("/{id:int}/tasks", async (int id, TaskRequest r, CaseFileEditor e, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await e.AddTaskAsync(id, Name(user), r.Version, new NewCaseTask(r.Title, r.Assignee, r.DueDate), ct)));
        api.MapPut("/{id:int}/tasks/{taskId:long}/done", async (int id, long taskId, TaskDoneRequest r, CaseFileEditor e, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await e.SetTaskDoneAsync(id, taskId, Name(user), r.Version, r.Done, ct)));
        api.MapPost("/{id:int}/observables", async (int id, ObservableRequest r, CaseFileEditor e, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await e.AddObservableAsync(id, Name(user), r.Version, r.Type, r.Value, ct)));
        api.MapPost("/{id:int}/links", async (int id, LinkRequest r, CaseFileEditor e, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await e.LinkRecordAsync(id, Name(user), r.Version, r.Type, r.RecordId, ct)));
        api.MapPut("/{id:int}/status", async (int id, StatusRequest r, CaseFileEditor e, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await e.SetStatusAsync(id, Name(user), r.Version, r.Status, ct)));
        api.MapPut("/{id:int}/priority", async (int id, PriorityRequest r, CaseFileEditor e, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(await e.SetPriorityAsync(id, Name(user), r.Version, r.Priority, ct)));
        return app;
    }

    private static IResult Answer(CaseChange change) => change.Outcome switch
    {
        CaseChangeOutcome.Changed or CaseChangeOutcome.Unchanged => Results.Json(change, IntelligenceJson.Options),
        CaseChangeOutcome.NotFound => Results.NotFound(),
        CaseChangeOutcome.Conflict or CaseChangeOutcome.Duplicate => Results.Json(change, IntelligenceJson.Options, statusCode: StatusCodes.Status409Conflict),
        _ => Results.Json(change, IntelligenceJson.Options, statusCode: StatusCodes.Status422UnprocessableEntity),
    };

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}

/// <summary>Enums travel as names ("Phone", "Conflict"), which scripts read without the enums.</summary>
public static class IntelligenceJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
