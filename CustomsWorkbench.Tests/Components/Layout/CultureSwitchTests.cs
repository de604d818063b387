using Bunit;
using Bunit.TestDoubles;
using CustomsWorkbench.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Components.Layout;

public class CultureSwitchTests() : ComponentTestContext("ko-KR")
{
    [Fact]
    public void In_Korean_it_offers_English_and_switching_goes_through_the_culture_endpoint_with_a_full_reload()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("declarations?x=1");
        var cut = Render<CultureSwitch>();
        var button = cut.Find("[data-testid=culture-switch]");
        Assert.Contains("English", button.TextContent);
        button.Click();
        Assert.Equal("http://localhost/account/culture?culture=en-US&returnUrl=%2Fdeclarations%3Fx%3D1", navigation.Uri);
        var fake = (BunitNavigationManager)navigation;
        Assert.True(fake.History.First().Options.ForceLoad);
    }
}
