using Bunit;
using CustomsWorkbench.Components.Layout;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

public class TraderNavigationTests : ComponentTestContext
{
    [Theory]
    [InlineData(Roles.Officer, new[] { "traders/prefiling", "traders/fta-savings" }, new[] { "traders/audit" })]
    [InlineData(Roles.Analyst, new[] { "traders/prefiling", "traders/fta-savings" }, new[] { "traders/audit" })]
    [InlineData(Roles.Supervisor, new[] { "traders/prefiling", "traders/fta-savings", "traders/audit" }, new string[0])]
    [InlineData(Roles.Admin, new[] { "traders/prefiling", "traders/audit" }, new string[0])]
    public void Each_role_sees_the_trader_pages_its_policies_allow(string role, string[] visible, string[] hidden)
    {
        SignInAs("someone", role);
        var links = Render<NavMenu>().FindAll("[data-testid=nav-menu] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(visible, href => Assert.Contains(href, links));
        Assert.All(hidden, href => Assert.DoesNotContain(href, links));
    }
}
