using System.Net;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

[Collection(WorkbenchCollection.Name)]
public class RiskDeskAccessTests(WorkbenchFactory factory)
{
    [Theory]
    [InlineData("officer", "/risk/queue", HttpStatusCode.OK)]
    [InlineData("officer2", "/risk/queue", HttpStatusCode.OK)]
    [InlineData("supervisor", "/risk/queue", HttpStatusCode.OK)]
    [InlineData("analyst", "/risk/queue", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/risk/queue", HttpStatusCode.Forbidden)]
    [InlineData("officer", "/risk/review", HttpStatusCode.Forbidden)]
    [InlineData("officer", "/risk/rules", HttpStatusCode.Forbidden)]
    [InlineData("officer", "/risk/models", HttpStatusCode.Forbidden)]
    [InlineData("analyst", "/risk/review", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", "/risk/review", HttpStatusCode.OK)]
    [InlineData("supervisor", "/risk/rules", HttpStatusCode.OK)]
    [InlineData("supervisor", "/risk/models", HttpStatusCode.OK)]
    [InlineData("admin", "/risk/models", HttpStatusCode.OK)]
    [InlineData("analyst", "/risk/declarations/1", HttpStatusCode.OK)]
    [InlineData("officer", "/risk/declarations/1", HttpStatusCode.OK)]
    public async Task Pages_are_open_only_to_their_policy(string userName, string path, HttpStatusCode expected)
    {
        using var client = await factory.CreateClientForAsync(userName);
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }
}
