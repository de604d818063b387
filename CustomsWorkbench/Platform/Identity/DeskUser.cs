using Microsoft.AspNetCore.Components.Authorization;

namespace CustomsWorkbench.Platform.Identity;

/// <summary>Who is acting, for the desks (risk and parcels) that record a name on claims and decisions.</summary>
public static class DeskUser
{
    /// <summary>The signed-in user's name, as stored in ClaimedBy/DecidedBy.</summary>
    public static async Task<string> NameAsync(Task<AuthenticationState>? state) =>
        state is null ? "" : (await state).User.Identity?.Name ?? "";

    /// <summary>The name people know the user by (the display name; the user name for sign-ins from before it was a claim).</summary>
    public static string DisplayName(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(WorkbenchClaimsFactory.DisplayNameClaim)?.Value is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    /// <summary>Code of the signed-in user's office (see <see cref="WorkbenchClaimsFactory"/>), or null.</summary>
    public static async Task<string?> OfficeCodeAsync(Task<AuthenticationState>? state) =>
        state is null ? null : (await state).User.FindFirst(WorkbenchClaimsFactory.OfficeClaim)?.Value;
}
