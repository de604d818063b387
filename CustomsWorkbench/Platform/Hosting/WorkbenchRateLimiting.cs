using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Hosting;

/// <summary>
/// Rate limits on the doors worth hammering: sign-in (password guessing across accounts from one address) and CSV
/// export (each request streams a whole table). Fixed one-minute windows; a refused request gets 429 problem+json
/// with Retry-After. Endpoints opt in by policy name.
/// </summary>
public static class WorkbenchRateLimiting
{
    public const string SignIn = "sign-in";
    public const string Export = "export";

    public static WebApplicationBuilder AddWorkbenchRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignIn, http => HttpMethods.IsGet(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page") // showing the sign-in form costs nothing; posting it does
                : PerMinute("ip:" + ClientAddress(http), Limits(http).SignInsPerMinute));
            o.AddPolicy(Export, http => PerMinute(
                http.User.Identity?.IsAuthenticated == true ? "user:" + http.User.Identity.Name : "ip:" + ClientAddress(http),
                Limits(http).ExportsPerMinute));
            o.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static RateLimitOptions Limits(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<WorkbenchOptions>>().Value.RateLimits;

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (IsBrowserPage(http))
        {
            // A person who posted the sign-in form gets a page to read, not a JSON document; the status stays 429.
            await Results.Content(ThrottledPage(seconds), "text/html; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(http);
            return;
        }
        await Results.Problem($"Too many requests. Try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(http);
    }

    private static bool IsBrowserPage(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api") && http.Request.Headers.Accept.ToString().Contains("text/html");

    // Both languages: the culture middleware may not have run for a refused request, and the page is rare.
    private static string ThrottledPage(int seconds) => $"""
        <!DOCTYPE html>
        <html lang="ko"><head><meta charset="utf-8"><title>429</title></head>
        <body style="font-family:sans-serif;max-width:40rem;margin:4rem auto">
        <h1>잠시 후 다시 시도하세요 · Please wait</h1>
        <p>이 주소에서 로그인 시도가 너무 많습니다. {seconds}초 후에 다시 시도하세요.</p>
        <p>Too many sign-in attempts from this address. Try again in {seconds} seconds.</p>
        <p><a href="/account/login">로그인 · Sign in</a></p>
        </body></html>
        """;
}
