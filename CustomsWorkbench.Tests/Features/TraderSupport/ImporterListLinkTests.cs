using Bunit;
using CustomsWorkbench.Components.Pages.Records;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Records;
using CustomsWorkbench.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

[Collection(TraderCollection.Name)]
public class ImporterListLinkTests : ComponentTestContext
{
    public ImporterListLinkTests(TraderTestFactory factory)
    {
        _ = factory.Server;
        Services.AddSingleton(factory.Services.GetRequiredService<ImporterList>());
    }

    [Fact]
    public void Importer_names_in_the_list_open_their_trader_profile()
    {
        SignInAs("analyst", Roles.Analyst);
        var page = Render<Importers>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=importer-profile-link]")), TimeSpan.FromSeconds(30));
        Assert.All(page.FindAll("[data-testid=importer-profile-link]"), a => Assert.Matches(@"^traders/\d+$", a.GetAttribute("href")));
    }
}
