using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Identity;

public sealed record UserSummary(string Id, string UserName, string DisplayName, string? Role, bool LockedOut, int FailedAttempts, string PreferredCulture);

public sealed record NewUser(string UserName, string DisplayName, string Password, string Role);

/// <summary>What the Admin page does with accounts. Each call uses its own scope, so a long-lived circuit never holds a stale context.</summary>
public class UserAdministration(IServiceScopeFactory scopes, IAuditLog audit)
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

    public Task<IdentityResult> CreateAsync(NewUser request, string actor) => WithUsers(async users =>
    {
        if (!Roles.All.Contains(request.Role)) return Failed($"Unknown role '{request.Role}'.");
        var user = new WorkbenchUser { UserName = request.UserName.Trim(), DisplayName = request.DisplayName.Trim() };
        var created = await users.CreateAsync(user, request.Password);
        var result = created.Succeeded ? await users.AddToRoleAsync(user, request.Role) : created;
        return await AuditedAsync(result, actor, "user.created", user.UserName!, new { request.Role, request.DisplayName });
    });

    /// <summary>Each person holds exactly one role, so changing it replaces the old one.</summary>
    public Task<IdentityResult> SetRoleAsync(string userId, string role, string actor) => WithUser(userId, async (users, user) =>
    {
        if (!Roles.All.Contains(role)) return Failed($"Unknown role '{role}'.");
        var previous = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, previous);
        var result = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
        return await AuditedAsync(result, actor, "user.role-changed", user.UserName!, new { from = previous, to = role });
    });

    public Task<IdentityResult> SetLockedAsync(string userId, bool locked, string actor) => WithUser(userId, async (users, user) =>
    {
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (result.Succeeded && !locked) result = await users.ResetAccessFailedCountAsync(user);
        return await AuditedAsync(result, actor, locked ? "user.locked" : "user.unlocked", user.UserName!, null);
    });

    public Task<IdentityResult> ResetPasswordAsync(string userId, string newPassword, string actor) => WithUser(userId, async (users, user) =>
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        return await AuditedAsync(result, actor, "user.password-reset", user.UserName!, null);
    });

    // Only changes that happened are recorded; a refused change leaves no trace but the error shown to the admin.
    private async Task<IdentityResult> AuditedAsync(IdentityResult result, string actor, string action, string userName, object? details)
    {
        if (result.Succeeded) await audit.RecordAsync(AuditRecord.Decision(actor, action, AuditEntityTypes.User, userName, details));
        return result;
    }

    private async Task<IdentityResult> WithUsers(Func<UserManager<WorkbenchUser>, Task<IdentityResult>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<WorkbenchUser>>());
    }

    private Task<IdentityResult> WithUser(string userId, Func<UserManager<WorkbenchUser>, WorkbenchUser, Task<IdentityResult>> action) =>
        WithUsers(async users => await users.FindByIdAsync(userId) is { } user ? await action(users, user) : Failed("User not found."));

    private static IdentityResult Failed(string message) => IdentityResult.Failed(new IdentityError { Description = message });
}
