using System.Globalization;
using System.Security.Claims;
using Bunit;
using CustomsWorkbench.Platform.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace CustomsWorkbench.Tests.Components;

/// <summary>
/// bUnit context with MudBlazor, the app's localization and the app's REAL authorization policies
/// (not bUnit's fake authorizer), signed in as a user with one role.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    // MudBlazor registers services that only dispose asynchronously; xunit 2 disposes test classes through IAsyncLifetime.
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    protected ComponentTestContext(string culture = "en-US")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Services.AddMudServices();
        Services.AddLocalization();
        // bUnit pre-registers placeholder authorization services; swap in the framework's real ones.
        Services.RemoveAll<IAuthorizationService>();
        Services.RemoveAll<IAuthorizationPolicyProvider>();
        Services.RemoveAll<AuthenticationStateProvider>();
        Services.AddAuthorizationCore(Policies.Register);
        Services.AddSingleton<FixedAuthenticationState>();
        Services.AddSingleton<AuthenticationStateProvider>(sp => sp.GetRequiredService<FixedAuthenticationState>());
        Services.AddCascadingAuthenticationState();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected void SignInAs(string userName, string role) =>
        Services.GetRequiredService<FixedAuthenticationState>().Principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, role)], authenticationType: "test"));

    protected sealed class FixedAuthenticationState : AuthenticationStateProvider
    {
        public ClaimsPrincipal Principal { get; set; } = new(new ClaimsIdentity());
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(Principal));
    }
}
