using System.Security.Claims;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Identity;

/// <summary>Adds the user's office to the sign-in (cookie and bearer token), so a desk knows "my office" without a query.</summary>
public sealed class WorkbenchClaimsFactory(UserManager<WorkbenchUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WorkbenchUser, IdentityRole>(users, roles, options)
{
    public const string OfficeClaim = "workbench:office";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WorkbenchUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.OfficeCode)) identity.AddClaim(new Claim(OfficeClaim, user.OfficeCode));
        return identity;
    }
}
