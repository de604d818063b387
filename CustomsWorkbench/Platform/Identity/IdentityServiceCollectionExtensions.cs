using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Identity;

public static class IdentityServiceCollectionExtensions
{
    private const string AutoScheme = "CookieOrBearer";

    /// <summary>Identity stores, roles and demo users; used by both the web app and the CLI.</summary>
    public static IHostApplicationBuilder AddWorkbenchIdentityCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentityCore<WorkbenchUser>(o =>
            {
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Password.RequiredLength = 8;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkbenchDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddScoped<IUserClaimsPrincipalFactory<WorkbenchUser>, WorkbenchClaimsFactory>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<IDatabaseSeeder, IdentitySeeder>();
        builder.Services.AddSingleton<UserAdministration>();
        builder.Services.AddTransient<CustomsWorkbench.Platform.Cli.ICliVerb, CreateUserVerb>();
        // The token providers need data protection; the web host adds it with authentication, the CLI host does not.
        builder.Services.AddDataProtection().SetApplicationName("CustomsWorkbench");
        // Keys live in the data folder, so sign-in cookies and tokens survive restarts and follow the data.
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<WorkbenchOptions>>((keys, workbench) =>
            keys.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(workbench.Value.ResolveDataFolder(), "keys")), NullLoggerFactory.Instance));
        return builder;
    }

    /// <summary>Cookie sign-in for the browser, bearer tokens for scripts calling the API, and the role policies.</summary>
    public static WebApplicationBuilder AddWorkbenchAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = AutoScheme;
                o.DefaultChallengeScheme = AutoScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            // A request with "Authorization: Bearer" is an API script; anything else is the browser's cookie.
            .AddPolicyScheme(AutoScheme, AutoScheme, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || HubAccessToken(ctx.Request) is not null
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            // SignalR clients cannot set headers on WebSockets/SSE, so they send the token as ?access_token= on /hubs.
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.Events.OnMessageReceived = ctx =>
            {
                if (HubAccessToken(ctx.Request) is { } token) ctx.Token = token;
                return Task.CompletedTask;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.AccessDeniedPath = "/account/access-denied";
                o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            }));
        builder.Services.AddAuthorization(Policies.Register);
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    private static string? HubAccessToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/hubs") && request.Query["access_token"].ToString() is { Length: > 0 } token ? token : null;

    /// <summary>API callers get a status code, never an HTML sign-in page.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hubs"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
