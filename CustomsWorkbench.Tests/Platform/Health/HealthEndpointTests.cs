using System.Net;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomsWorkbench.Tests.Platform.Health;

[Collection(WorkbenchCollection.Name)]
public class HealthEndpointTests(WorkbenchFactory factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Probes_answer_healthy_without_signing_in(string path)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_checks_the_database_and_the_active_models_liveness_checks_nothing()
    {
        _ = factory.Server;
        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(["database", "models"], report.Entries.Keys.Order());
        Assert.All(report.Entries.Values, e => Assert.Equal(HealthStatus.Healthy, e.Status));
    }
}
