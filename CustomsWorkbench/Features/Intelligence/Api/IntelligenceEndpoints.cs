using System.Security.Claims;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Resolution;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.Intelligence.Api;

/// <summary>
/// JSON API of the intelligence graph under /api/intel (policy Intelligence): search, expand, path, node details with
/// provenance, duplicate proposals and their decisions, and saved cases.
/// </summary>
public static class IntelligenceEndpoints
{
    public static IEndpointRouteBuilder MapIntelligenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/intel").RequireAuthorization(Policies.Intelligence).DisableAntiforgery();

        api.MapGet("/search", async (string q, GraphQueryService graph, CancellationToken ct) => Ok(await graph.SearchAsync(q, 20, ct)));
        api.MapGet("/expand", async (string ids, int? hops, string? kinds, string? links, DateOnly? from, DateOnly? to, int? cap, GraphQueryService graph, CancellationToken ct) =>
            Ok(await graph.ExpandAsync(Ints(ids), hops ?? 1, Filter(kinds, links, from, to), cap ?? GraphQueryService.DefaultCap, ct)));
        api.MapGet("/path", async (int from, int to, string? kinds, GraphQueryService graph, CancellationToken ct) =>
            await graph.PathAsync(from, to, Filter(kinds, null, null, null), ct) is { } path ? Ok(path) : Results.NotFound());
        api.MapGet("/nodes/{id:int}", async (int id, GraphQueryService graph, CancellationToken ct) =>
            await graph.DetailsAsync(id, ct: ct) is { } details ? Ok(details) : Results.NotFound());

        api.MapGet("/proposals", async (ProposalStatus? status, ResolutionService resolution, CancellationToken ct) =>
            Ok(await resolution.ListAsync(status, 500, ct)));
        api.MapPost("/proposals/refresh", async (ResolutionService resolution, CancellationToken ct) =>
            Ok(new { added = await resolution.RefreshProposalsAsync(ct) }));
        api.MapPost("/proposals/{id:int}/accept", (int id, ResolutionService r, ClaimsPrincipal user, CancellationToken ct) => Decide(r.AcceptAsync(id, Name(user), ct)));
        api.MapPost("/proposals/{id:int}/reject", (int id, ResolutionService r, ClaimsPrincipal user, CancellationToken ct) => Decide(r.RejectAsync(id, Name(user), ct)));
        api.MapPost("/proposals/{id:int}/undo", (int id, ResolutionService r, ClaimsPrincipal user, CancellationToken ct) => Decide(r.UndoAsync(id, Name(user), ct)));

        api.MapGet("/cases", async (InvestigationCaseService cases, ClaimsPrincipal user, CancellationToken ct) => Ok(await cases.ListAsync(Name(user), ct)));
        api.MapGet("/cases/{id:int}", async (int id, InvestigationCaseService cases, ClaimsPrincipal user, CancellationToken ct) =>
            await cases.GetAsync(id, Name(user), ct) is { } c ? Ok(c) : Results.NotFound());
        api.MapPost("/cases", async (CaseContent content, InvestigationCaseService cases, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await cases.CreateAsync(Name(user), content, ct);
            return Results.Created($"/api/intel/cases/{created.Id}", created);
        });
        api.MapPut("/cases/{id:int}", async (int id, CaseUpdate update, InvestigationCaseService cases, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (outcome, document) = await cases.SaveAsync(id, Name(user), update.Version, update.Content, ct);
            return outcome switch
            {
                CaseSaveOutcome.Saved => Ok(document),
                CaseSaveOutcome.Conflict => Results.Json(document, Json, statusCode: StatusCodes.Status409Conflict),
                _ => Results.NotFound(),
            };
        });
        return app;
    }

    public sealed record CaseUpdate(Guid Version, CaseContent Content);

    /// <summary>Kinds and statuses travel as names ("Importer", "Pending"), which scripts can read without the enums.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static IResult Ok<T>(T value) => Results.Json(value, Json);

    private static async Task<IResult> Decide(Task<bool> decision) => await decision ? Results.NoContent() : Results.Conflict();

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static List<int> Ints(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.TryParse(s, out var v) ? v : -1).Where(v => v > 0).ToList();

    /// <summary>"kinds" and "links" are comma-separated enum names; with neither, the investigation default (no hubs).</summary>
    public static GraphFilter Filter(string? kinds, string? links, DateOnly? from, DateOnly? to)
    {
        var nodeKinds = Parse<NodeKind>(kinds) ?? GraphFilter.Investigation.NodeKinds;
        return new GraphFilter(nodeKinds, Parse<LinkKind>(links), from, to);
    }

    private static HashSet<T>? Parse<T>(string? csv) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(csv) ? null
            : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => Enum.TryParse<T>(s, true, out var v) ? (T?)v : null).OfType<T>().ToHashSet();
}
