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
        await Results.Problem($"Too many requests. Try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(http);
    }
}
