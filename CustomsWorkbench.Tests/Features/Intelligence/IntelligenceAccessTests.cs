using System.Net;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.Intelligence;

[Collection(WorkbenchCollection.Name)]
public class IntelligenceAccessTests(WorkbenchFactory factory)
{
    public static TheoryData<string> Pages => new() { "/intel/explorer", "/intel/cases", "/intel/resolution" };

    public static TheoryData<string> Apis => new()
    {
        "/api/intel/search?q=han", "/api/intel/expand?ids=1&hops=1", "/api/intel/path?from=1&to=2", "/api/intel/nodes/1",
        "/api/intel/proposals", "/api/intel/cases",
        "/api/intel/nodes/1/link-kinds", "/api/intel/nodes/1/expand?link=uses-phone", "/api/intel/nodes/1/group?link=uses-phone&kind=Phone",
        "/api/intel/suggestions",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Officers_are_refused_the_intelligence_pages(string path)
    {
        using var officer = await factory.CreateClientForAsync("officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(path)).StatusCode);
        using var analyst = await factory.CreateClientForAsync("analyst");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(path)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task Officers_are_refused_the_intelligence_api(string path)
    {
        using var officer = await factory.CreateClientForAsync("officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(path)).StatusCode);
        using var supervisor = await factory.CreateClientForAsync("supervisor");
        Assert.NotEqual(HttpStatusCode.Forbidden, (await supervisor.GetAsync(path)).StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await supervisor.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_no_graph_data()
    {
        using var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync("/api/intel/search?q=han");
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect or HttpStatusCode.Found);
    }

    [Fact]
    public async Task Modifying_endpoints_refuse_officers_too()
    {
        using var officer = await factory.CreateClientForAsync("officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync("/api/intel/proposals/1/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync("/api/intel/proposals/refresh", null)).StatusCode);
    }
}
