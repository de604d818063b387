using System.Security.Claims;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.RiskSelection.Capacity;

/// <summary>
/// Office capacity over HTTP, for supervisors only (Supervision policy): GET /api/risk/capacity lists every office's
/// capacity and today's use; PUT /api/risk/capacity/{officeId} sets one. Refusals are problem+json: 404 unknown office,
/// 409 changed by someone else (send the version you read), 422 out of range.
/// </summary>
public static class CapacityEndpoints
{
    public static IEndpointRouteBuilder MapOfficeCapacity(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/risk/capacity").RequireAuthorization(Policies.Supervision).DisableAntiforgery();
        group.MapGet("", async (OfficeCapacityService capacity, CancellationToken ct) => Results.Ok(await capacity.TodayAsync(ct)));
        group.MapPut("/{officeId:int}", async (int officeId, CapacityRequest request, OfficeCapacityService capacity, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var result = await capacity.SetAsync(officeId, request.Red, request.Yellow, request.Version, user.Identity?.Name ?? "api", ct);
            return result.Problem switch
            {
                CapacityProblem.None => Results.Ok(new { officeId, request.Red, request.Yellow, result.Version }),
                CapacityProblem.UnknownOffice => Results.Problem($"No office {officeId}.", statusCode: StatusCodes.Status404NotFound),
                _ => Results.Problem($"Changed by {result.OtherUser} first; reload and try again.", statusCode: StatusCodes.Status409Conflict,
                    extensions: new Dictionary<string, object?> { ["version"] = result.Version, ["otherUser"] = result.OtherUser }),
            };
        });
        return app;
    }

    /// <summary>Daily red and yellow capacity; <see cref="Version"/> is the one read (null when the office had none set).</summary>
    public sealed record CapacityRequest(int Red, int Yellow, Guid? Version);
}
