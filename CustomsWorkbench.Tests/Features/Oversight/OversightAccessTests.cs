using System.Net;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.Oversight;

[Collection(WorkbenchCollection.Name)]
public class OversightAccessTests(WorkbenchFactory factory)
{
    [Theory]
    [InlineData("/oversight/audit", "supervisor", HttpStatusCode.OK)]
    [InlineData("/oversight/audit", "admin", HttpStatusCode.OK)]
    [InlineData("/oversight/audit", "officer", HttpStatusCode.Forbidden)]
    [InlineData("/oversight/audit", "analyst", HttpStatusCode.Forbidden)]
    [InlineData("/oversight/agreement", "supervisor", HttpStatusCode.OK)]
    [InlineData("/oversight/agreement", "admin", HttpStatusCode.OK)]
    [InlineData("/oversight/agreement", "officer", HttpStatusCode.Forbidden)]
    [InlineData("/oversight/agreement", "analyst", HttpStatusCode.Forbidden)]
    public async Task Only_oversight_roles_open_the_oversight_pages(string path, string userName, HttpStatusCode expected)
    {
        using var client = await factory.CreateClientForAsync(userName);
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }
}
