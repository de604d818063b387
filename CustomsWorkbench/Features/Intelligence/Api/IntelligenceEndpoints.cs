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
        // Expansion by link kind: many neighbours of one kind come back as a group, opened page by page. Sizes are clamped.
        api.MapGet("/nodes/{id:int}/link-kinds", async (int id, string? kinds, DateOnly? from, DateOnly? to, GraphExpansionService expansion, CancellationToken ct) =>
            await expansion.LinkKindsAsync(id, Filter(kinds, null, from, to), ct) is { } counts ? Ok(counts) : Results.NotFound());
        api.MapGet("/nodes/{id:int}/expand", async (int id, string link, string? kinds, DateOnly? from, DateOnly? to, int? cap, int? groupAbove,
            GraphExpansionService expansion, CancellationToken ct) =>
        {
            if (LinkKindOf(link) is not { } kind) return Results.BadRequest(new { error = "unknown link kind" });
            return await expansion.ExpandAsync(id, kind, Filter(kinds, null, from, to), cap, groupAbove, ct) is { } result ? Ok(result) : Results.NotFound();
        });
        api.MapGet("/nodes/{id:int}/group", async (int id, string link, string kind, int? offset, int? take, string? kinds, DateOnly? from, DateOnly? to,
            GraphExpansionService expansion, CancellationToken ct) =>
        {
            if (LinkKindOf(link) is not { } linkKind || int.TryParse(kind, out _) || !Enum.TryParse<NodeKind>(kind, true, out var nodeKind) || !Enum.IsDefined(nodeKind))
                return Results.BadRequest(new { error = "unknown link or entity kind" });
            return await expansion.GroupAsync(id, linkKind, nodeKind, Filter(kinds, null, from, to), offset ?? 0, take, ct) is { } page ? Ok(page) : Results.NotFound();
        });
        api.MapGet("/suggestions", async (int? take, GraphExpansionService expansion, CancellationToken ct) => Ok(await expansion.SuggestAsync(take, ct)));

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

    /// <summary>A link kind by enum name ("UsesPhone") or kebab-case name ("uses-phone"); numbers are not accepted.</summary>
    private static LinkKind? LinkKindOf(string? text) =>
        GraphKinds.FromName(text) ?? (Enum.TryParse<LinkKind>(text, true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _) ? kind : null);

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
