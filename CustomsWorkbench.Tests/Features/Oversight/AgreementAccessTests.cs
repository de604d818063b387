using System.Net;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.Oversight;

[Collection(WorkbenchCollection.Name)]
public class AgreementAccessTests(WorkbenchFactory factory)
{
    [Theory]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("officer", HttpStatusCode.Forbidden)]
    [InlineData("analyst", HttpStatusCode.Forbidden)]
    public async Task Only_oversight_roles_open_the_agreement_dashboard(string userName, HttpStatusCode expected)
    {
        using var client = await factory.CreateClientForAsync(userName);
        var response = await client.GetAsync("/oversight/agreement");
        Assert.Equal(expected, response.StatusCode);
    }
}
