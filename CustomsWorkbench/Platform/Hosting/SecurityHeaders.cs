using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace CustomsWorkbench.Platform.Hosting;

/// <summary>
/// Response headers every deployment needs, and no Server header. HSTS and the HTTPS redirect only when the app is told
/// about HTTPS (an https:// URL, a Kestrel https endpoint, or an HTTPS port behind a TLS-terminating proxy): redirecting a
/// plain-HTTP-only install would lock its users out.
/// </summary>
public static class SecurityHeaders
{
    // Blazor Server: own scripts only (blazor.web.js, MudBlazor, the bundles); the circuit's WebSocket is same-origin, which
    // CSP 3 covers with 'self'. MudBlazor sets style attributes and a theme <style> element, hence 'unsafe-inline' for styles
    // only. Canvas and graph exports use data: and blob: URLs.
    private const string Policy = "default-src 'self'; script-src 'self'{0}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var https = HttpsConfigured(builder.Configuration);
        builder.Services.AddTransient<IStartupFilter>(_ => new Filter(https && !builder.Environment.IsDevelopment(), https));
        return builder;
    }

    /// <summary>True when any configured address or port is HTTPS.</summary>
    public static bool HttpsConfigured(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? "");
        return urls.Concat(endpoints).Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrWhiteSpace(configuration["https_port"]) || !string.IsNullOrWhiteSpace(configuration["https_ports"]);
    }

    /// <summary>The Content-Security-Policy for a response; pages rendered with an import map allow exactly that inline script by hash.</summary>
    public static string ContentSecurityPolicy(ImportMapDefinition? importMap) =>
        string.Format(Policy, importMap is null ? "" : $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.ToString())))}'");

    /// <summary>Runs ahead of the app's own pipeline, so error pages, static files and API answers get the headers too.</summary>
    private sealed class Filter(bool hsts, bool redirect) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            if (hsts) app.UseHsts();
            if (redirect) app.UseHttpsRedirection();
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.XContentTypeOptions = "nosniff";
                    headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                    headers.ContentSecurityPolicy = ContentSecurityPolicy(context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>());
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
