using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Hosting;
using CustomsWorkbench.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CustomsWorkbench.Components.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, HttpContext http, SignInManager<WorkbenchUser> signIn, IAuditLog audit) =>
        {
            await signIn.SignOutAsync();
            await audit.RecordAsync(AuditRecord.Authentication(http.User.Identity?.Name ?? "", AuditActions.SignOut, "cookie", http.Connection.RemoteIpAddress?.ToString()));
            return TypedResults.LocalRedirect("/account/login");
        }).RequireAuthorization(Policies.Staff);

        // Persists the UI language for the user and sets the request-culture cookie, then reloads the page.
        app.MapGet("/account/culture", async (string culture, string? returnUrl, HttpContext http, UserManager<WorkbenchUser> users) =>
        {
            var normalized = CultureCookie.Normalize(culture);
            var user = await users.GetUserAsync(http.User);
            if (user is not null && user.PreferredCulture != normalized)
            {
                user.PreferredCulture = normalized;
                await users.UpdateAsync(user);
            }
            CultureCookie.Write(http, normalized);
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).RequireAuthorization(Policies.Staff);

        // Bearer tokens for scripts: POST {"userName":..,"password":..} → {"accessToken":..,"expiresIn":..}.
        app.MapPost("/api/auth/token", async ([FromBody] TokenRequest request, PasswordSignIn signIn) =>
        {
            var outcome = await signIn.SignInAsync(request.UserName, request.Password, "bearer token", IdentityConstants.BearerScheme);
            // The same answer for unknown user, wrong password and locked account, so it does not tell which accounts exist.
            return outcome.Succeeded ? Results.Empty : Results.Problem("Invalid user name or password, or the account is locked.", statusCode: 401);
        }).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(WorkbenchRateLimiting.SignIn);
        return app;
    }

    public sealed record TokenRequest(string UserName, string Password);
}
