using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.RiskSelection.Access;

/// <summary>GET /api/risk/declarations/{id}/access-log: who opened the dossier and when, newest first; supervisors only.</summary>
public static class DossierAccessEndpoints
{
    public static IEndpointRouteBuilder MapDossierAccessLog(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/risk/declarations/{id:int}/access-log", async (int id, int? take, DossierAccessLog log, CancellationToken ct) =>
                Results.Ok(await log.ReadAsync(id, take ?? 50, ct)))
            .RequireAuthorization(Policies.Supervision);
        return app;
    }
}
