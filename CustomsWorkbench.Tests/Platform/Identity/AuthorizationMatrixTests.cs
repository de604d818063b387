using System.Net;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Identity;

/// <summary>Walks every GET route of the app for every role and for an anonymous user, and checks the answer.</summary>
[Collection(WorkbenchCollection.Name)]
public class AuthorizationMatrixTests(WorkbenchFactory factory)
{
    private static readonly string[] Anonymous = ["(anonymous)"];

    /// <summary>Hand-written expectations for the pages that matter, so a wrong attribute on a page is caught.</summary>
    public static TheoryData<string, string[]> KnownRoutes => new()
    {
        { "/", Roles.All },
        { "/declarations", Roles.All },
        { "/parcels", Roles.All },
        { "/seizures", Roles.All },
        { "/importers", Roles.All },
        { "/admin/users", [Roles.Admin] },
        { "/api/export/declarations", Roles.All },
        { "/api/export/importers", Roles.All },
        { "/account/login", [.. Roles.All, .. Anonymous] },
        { "/health/live", [.. Roles.All, .. Anonymous] },
        { "/health/ready", [.. Roles.All, .. Anonymous] },
    };

    [Theory]
    [MemberData(nameof(KnownRoutes))]
    public async Task Known_route_answers_each_role_as_specified(string route, string[] allowed)
    {
        foreach (var user in DemoUsers.All.Where(u => u.UserName != "officer2"))
        {
            using var client = await factory.CreateClientForAsync(user.UserName);
            var response = await client.GetAsync(route);
            var expected = allowed.Contains(user.Role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{user.Role} on {route}: expected {expected}, got {response.StatusCode}");
        }
        await AssertAnonymousAsync(route, allowAnonymous: allowed.Contains(Anonymous[0]));
    }

    [Fact]
    public async Task Every_get_route_in_the_app_answers_each_role_by_its_policy()
    {
        var routes = ParameterlessGetRoutes().ToList();
        Assert.NotEmpty(routes);
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in DemoUsers.All.Where(u => u.UserName != "officer2"))
            clients[user.Role] = await factory.CreateClientForAsync(user.UserName);
        var failures = new List<string>();
        foreach (var (route, policy, anonymous) in routes)
        {
            foreach (var (role, client) in clients)
            {
                var status = (await client.GetAsync(route)).StatusCode;
                var allowed = anonymous || policy is null || Policies.RolesByPolicy[policy].Contains(role);
                // Allowed: past authorization and no server error (an API may answer 400 to a call without its query).
                var ok = allowed
                    ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500
                    : status == HttpStatusCode.Forbidden;
                if (!ok)
                    failures.Add($"{role} {route} (policy {policy ?? "none"}): {status}");
            }
            if (!anonymous)
            {
                using var anon = factory.CreateClient(new() { AllowAutoRedirect = false });
                var status = (await anon.GetAsync(route)).StatusCode;
                if (status is not (HttpStatusCode.Redirect or HttpStatusCode.Unauthorized)) failures.Add($"anonymous {route}: {status}");
            }
        }
        foreach (var client in clients.Values) client.Dispose();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_endpoint_names_a_policy_or_allows_anonymous_on_purpose()
    {
        var unguarded = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null))
            .Select(e => e.DisplayName)
            .ToList();
        Assert.True(unguarded.Count == 0, "Endpoints without a named policy:\n" + string.Join("\n", unguarded));
    }

    private async Task AssertAnonymousAsync(string route, bool allowAnonymous)
    {
        using var anon = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anon.GetAsync(route);
        if (allowAnonymous)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else if (route.StartsWith("/api"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
        }
    }

    private IEnumerable<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsFrameworkPlumbing(e.RoutePattern.RawText ?? ""));
    }

    // Static files, the Blazor circuit and the SignalR negotiate routes are guarded by the framework (or are public assets).
    private static bool IsFrameworkPlumbing(string pattern) =>
        pattern.StartsWith("_") || pattern.StartsWith("/_") || pattern.Contains('.') || pattern.Contains("negotiate") || pattern.Contains(":file")
        || pattern.StartsWith("_blazor") || pattern.StartsWith("/_blazor");

    private IEnumerable<(string Route, string? Policy, bool Anonymous)> ParameterlessGetRoutes() =>
        Endpoints()
            .Where(e => e.RoutePattern.Parameters.Count == 0)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Where(e => !(e.RoutePattern.RawText ?? "").StartsWith("/hubs"))
            .Select(e => ("/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .Where(r => r.Item1 != "/account/culture" && r.Item1 != "/Error")
            .Distinct();
}
