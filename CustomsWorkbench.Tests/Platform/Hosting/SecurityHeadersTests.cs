using CustomsWorkbench.Platform.Hosting;
using Microsoft.Extensions.Configuration;

namespace CustomsWorkbench.Tests.Platform.Hosting;

/// <summary>HSTS and the HTTPS redirect switch on only when the configuration mentions HTTPS (plain-HTTP installs stay reachable).</summary>
public class SecurityHeadersTests
{
    [Theory]
    [InlineData("urls", "http://127.0.0.1:5000", false)]
    [InlineData("urls", "http://+:80;https://+:443", true)]
    [InlineData("https_port", "443", true)]
    [InlineData("https_ports", "8443", true)]
    [InlineData("Kestrel:Endpoints:Web:Url", "https://0.0.0.0:5001", true)]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://0.0.0.0:5000", false)]
    public void Https_is_configured_only_by_an_https_address_or_port(string key, string value, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Equal(expected, SecurityHeaders.HttpsConfigured(configuration));
    }

    [Fact]
    public void The_policy_allows_an_import_map_by_its_hash_and_nothing_else_inline_for_scripts()
    {
        var map = new Microsoft.AspNetCore.Components.ImportMapDefinition(new Dictionary<string, string> { ["./js/a.js"] = "./js/a.123.js" }, null, null);

        var policy = SecurityHeaders.ContentSecurityPolicy(map);
        var script = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src "));

        Assert.Matches(@"^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$", script);
        Assert.DoesNotContain("unsafe", script);
        Assert.Equal("script-src 'self'", SecurityHeaders.ContentSecurityPolicy(null).Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ")));
    }
}
