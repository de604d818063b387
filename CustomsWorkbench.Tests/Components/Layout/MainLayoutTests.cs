using Bunit;
using CustomsWorkbench.Components.Layout;
using CustomsWorkbench.Platform.Identity;
using Microsoft.AspNetCore.Components;

namespace CustomsWorkbench.Tests.Components.Layout;

public class MainLayoutTests : ComponentTestContext
{
    [Fact]
    public void The_shell_has_the_app_bar_navigation_user_and_language_switch_around_the_page()
    {
        SignInAs("analyst", Roles.Analyst);
        RenderFragment body = b => b.AddMarkupContent(0, "<p id='page-body'>page</p>");
        var cut = Render<MainLayout>(p => p.Add(x => x.Body, body));
        Assert.Contains("Customs Workbench", cut.Find(".wb-brand").TextContent);
        Assert.NotNull(cut.Find("#page-body"));
        Assert.NotNull(cut.Find("[data-testid=nav-menu]"));
        Assert.Contains("analyst · Analyst", cut.Find("[data-testid=user-chip]").TextContent);
        Assert.Contains("한국어", cut.Find("[data-testid=culture-switch]").TextContent);
        // The shortcut module is loaded once the circuit is interactive.
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "import" && i.Arguments[0] as string == "./js/shortcuts.js");
    }
}
