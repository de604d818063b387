using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace CustomsWorkbench.Platform.Identity;

/// <summary>The outcome of a password sign-in. Callers show one message for every failure.</summary>
public sealed record PasswordSignInOutcome(bool Succeeded, WorkbenchUser? User);

/// <summary>
/// Password sign-in for the sign-in page and the token endpoint, without revealing which accounts exist: an unknown user
/// and a locked-out user cost one password hash, like a wrong password, and every failure looks the same to the caller.
/// Each attempt is audited (the audit keeps why it failed).
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<WorkbenchUser> signIn, UserManager<WorkbenchUser> users, IPasswordHasher<WorkbenchUser> hasher, IAuditLog audit)
{
    private static readonly WorkbenchUser Nobody = new() { UserName = "", DisplayName = "" };
    private static string? _nobodysHash;

    public async Task<PasswordSignInOutcome> SignInAsync(string? userName, string? password, string method, string? scheme = null)
    {
        if (scheme is not null) signIn.AuthenticationScheme = scheme;
        var user = string.IsNullOrEmpty(userName) ? null : await users.FindByNameAsync(userName);
        string detail;
        bool succeeded;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            BurnOneHash(password ?? "");
            (succeeded, detail) = (false, user is null ? method : method + " (locked out)");
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, password ?? "", isPersistent: false, lockoutOnFailure: true);
            (succeeded, detail) = (result.Succeeded, result.IsLockedOut ? method + " (locked out)" : method);
        }
        await audit.RecordAsync(AuditRecord.Authentication(userName ?? "", succeeded ? AuditActions.SignIn : AuditActions.SignInFailed,
            detail, signIn.Context.Connection.RemoteIpAddress?.ToString()));
        return new PasswordSignInOutcome(succeeded, succeeded ? user : null);
    }

    // The same work as checking a real password, so the response time does not tell whether the account exists.
    private void BurnOneHash(string password)
    {
        _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
    }
}
