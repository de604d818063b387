using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Identity;

public sealed record UserSummary(string Id, string UserName, string DisplayName, string? Role, bool LockedOut, int FailedAttempts, string PreferredCulture);

public sealed record NewUser(string UserName, string DisplayName, string Password, string Role);

/// <summary>What the Admin page does with accounts. Each call uses its own scope, so a long-lived circuit never holds a stale context.</summary>
public class UserAdministration(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WorkbenchUser>>();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            result.Add(new UserSummary(user.Id, user.UserName!, user.DisplayName, roles.FirstOrDefault(),
                user.LockoutEnd > DateTimeOffset.UtcNow, user.AccessFailedCount, user.PreferredCulture));
        }
        return result;
    }

    public Task<IdentityResult> CreateAsync(NewUser request) => WithUsers(async users =>
    {
        if (!Roles.All.Contains(request.Role)) return Failed($"Unknown role '{request.Role}'.");
        var user = new WorkbenchUser { UserName = request.UserName.Trim(), DisplayName = request.DisplayName.Trim() };
        var created = await users.CreateAsync(user, request.Password);
        return created.Succeeded ? await users.AddToRoleAsync(user, request.Role) : created;
    });

    /// <summary>Each person holds exactly one role, so changing it replaces the old one.</summary>
    public Task<IdentityResult> SetRoleAsync(string userId, string role) => WithUser(userId, async (users, user) =>
    {
        if (!Roles.All.Contains(role)) return Failed($"Unknown role '{role}'.");
        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        return removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
    });

    public Task<IdentityResult> SetLockedAsync(string userId, bool locked) => WithUser(userId, async (users, user) =>
    {
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        return result.Succeeded && !locked ? await users.ResetAccessFailedCountAsync(user) : result;
    });

    public Task<IdentityResult> ResetPasswordAsync(string userId, string newPassword) => WithUser(userId, async (users, user) =>
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await users.ResetPasswordAsync(user, token, newPassword);
    });

    private async Task<IdentityResult> WithUsers(Func<UserManager<WorkbenchUser>, Task<IdentityResult>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<WorkbenchUser>>());
    }

    private Task<IdentityResult> WithUser(string userId, Func<UserManager<WorkbenchUser>, WorkbenchUser, Task<IdentityResult>> action) =>
        WithUsers(async users => await users.FindByIdAsync(userId) is { } user ? await action(users, user) : Failed("User not found."));

    private static IdentityResult Failed(string message) => IdentityResult.Failed(new IdentityError { Description = message });
}
