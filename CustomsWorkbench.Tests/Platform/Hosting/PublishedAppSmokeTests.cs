using System.Net;
using System.Text.RegularExpressions;

namespace CustomsWorkbench.Tests.Platform.Hosting;

/// <summary>
/// Smoke test of a real deployment (publish, Production, started from elsewhere). It once served every static asset as an
/// empty 200: the content root was the working directory, not the publish folder.
/// </summary>
[Trait("Category", "Slow")]
public class PublishedAppSmokeTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    public static TheoryData<string, string> Assets => new()
    {
        { "_framework/blazor.web.js", "text/javascript" },
        { "_content/MudBlazor/MudBlazor.min.css", "text/css" },
        { "_content/MudBlazor/MudBlazor.min.js", "text/javascript" },
        { "app.css", "text/css" },
        { "CustomsWorkbench.styles.css", "text/css" },
        { "js/xray-viewer.js", "text/javascript" },
        { "js/graph-explorer.js", "text/javascript" },
        { "js/shortcuts.js", "text/javascript" },
    };

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task Static_assets_are_served_with_their_content_and_type(string path, string mediaType)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var expected = await File.ReadAllBytesAsync(Path.Combine(app.PublishFolder, "wwwroot", path));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_sign_in_page_renders_and_every_script_and_stylesheet_it_names_has_content()
    {
        using var root = await app.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.StartsWith("/account/login", root.Headers.Location!.PathAndQuery);

        using var page = await app.Client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"username\"", html);
        Assert.Contains("data-testid=\"sign-in\"", html);

        // Fingerprinted links, script sources and import-map entries alike.
        var named = Regex.Matches(html, "\"(?:\\./|/)?([^\"\\s:]+\\.(js|css))\"").Select(m => (Path: m.Groups[1].Value, Kind: m.Groups[2].Value)).Distinct().ToList();
        Assert.Contains(named, n => n.Path.StartsWith("_framework/blazor.web"));
        foreach (var (path, kind) in named)
        {
            using var asset = await app.Client.GetAsync(path);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{path}: {asset.StatusCode}");
            Assert.Equal(kind == "js" ? "text/javascript" : "text/css", asset.Content.Headers.ContentType?.MediaType);
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 0, $"{path} is empty");
        }
        Assert.DoesNotContain("Static assets are missing", app.Log);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/api/export/declarations")]
    public async Task Responses_carry_the_security_headers_and_no_server_header(string path)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.False(response.Headers.Contains("Server"), "Kestrel's Server header is sent");
        // Plain HTTP only: no HTTPS is configured, so neither HSTS nor a redirect to HTTPS.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.NotEqual("https", response.Headers.Location?.Scheme);
    }
}
