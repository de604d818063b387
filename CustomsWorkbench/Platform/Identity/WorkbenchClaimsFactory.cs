using System.Security.Claims;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Identity;

/// <summary>
/// Adds the user's office and display name to the sign-in (cookie and bearer token), so a desk knows "my office" and the
/// home page greets by name without a query.
/// </summary>
public sealed class WorkbenchClaimsFactory(UserManager<WorkbenchUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WorkbenchUser, IdentityRole>(users, roles, options)
{
    public const string OfficeClaim = "workbench:office";
    public const string DisplayNameClaim = "workbench:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WorkbenchUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.OfficeCode)) identity.AddClaim(new Claim(OfficeClaim, user.OfficeCode));
        if (!string.IsNullOrWhiteSpace(user.DisplayName)) identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
