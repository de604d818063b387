using System.Net;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

[Collection(TraderCollection.Name)]
public class TraderAccessTests(TraderTestFactory factory)
{
    [Theory]
    [InlineData("officer", "/traders/1", HttpStatusCode.OK)]
    [InlineData("analyst", "/traders/1", HttpStatusCode.OK)]
    [InlineData("supervisor", "/traders/1", HttpStatusCode.OK)]
    [InlineData("admin", "/traders/1", HttpStatusCode.OK)]
    [InlineData("officer", "/traders/audit", HttpStatusCode.Forbidden)]
    [InlineData("analyst", "/traders/audit", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", "/traders/audit", HttpStatusCode.OK)]
    [InlineData("admin", "/traders/audit", HttpStatusCode.OK)]
    [InlineData("officer", "/traders/prefiling", HttpStatusCode.OK)]
    [InlineData("analyst", "/traders/fta-savings", HttpStatusCode.OK)]
    public async Task Pages_are_open_only_to_their_policy(string user, string path, HttpStatusCode expected)
    {
        using var client = await factory.CreateClientForAsync(user);
        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_declaration_dossier_links_its_importer_to_the_trader_profile()
    {
        await using var db = factory.CreateDbContext();
        var declaration = db.Declarations.OrderBy(d => d.Id).Select(d => new { d.Id, d.ImporterId }).First();
        using var client = await factory.CreateClientForAsync("officer");

        var html = await client.GetStringAsync($"/risk/declarations/{declaration.Id}");

        Assert.Contains($"href=\"traders/{declaration.ImporterId}\" data-testid=\"dossier-importer-link\"", html);
    }
}
