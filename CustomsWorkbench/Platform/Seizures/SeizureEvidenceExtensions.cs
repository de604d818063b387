using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Seizures;

public static class SeizureEvidenceExtensions
{
    public static IHostApplicationBuilder AddSeizureEvidence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SeizurePhotoStore>();
        return builder;
    }

    /// <summary>GET /api/seizure-photos/{id}: one evidence photo, for the roles that work cases only.</summary>
    public static IEndpointRouteBuilder MapSeizureEvidence(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/seizure-photos/{id:int}", async (int id, IDbContextFactory<WorkbenchDbContext> factory, SeizurePhotoStore store, HttpContext http, CancellationToken ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var photo = await db.SeizurePhotos.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.StoredName, p.ContentType }).SingleOrDefaultAsync(ct);
            if (photo is null || store.PathOf(photo.StoredName) is not { } path) return Results.NotFound();
            // Evidence is not for shared caches.
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.File(path, photo.ContentType);
        }).RequireAuthorization(Policies.Evidence);
        return app;
    }
}
