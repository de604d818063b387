using Bunit;
using CustomsWorkbench.Components.Layout;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Tests.Components.Layout;

public class NavMenuTests : ComponentTestContext
{
    [Theory]
    [InlineData(Roles.Officer, new[] { "declarations", "parcels" }, new[] { "data/import", "oversight/audit", "admin/users" })]
    [InlineData(Roles.Analyst, new[] { "declarations", "importers" }, new[] { "data/import", "oversight/audit", "admin/users" })]
    [InlineData(Roles.Supervisor, new[] { "declarations", "data/import", "oversight/audit" }, new[] { "admin/users" })]
    [InlineData(Roles.Admin, new[] { "declarations", "data/import", "oversight/audit", "admin/users" }, new string[0])]
    public void Each_role_sees_exactly_the_sections_its_policies_allow(string role, string[] visible, string[] hidden)
    {
        SignInAs("someone", role);
        var menu = Render<NavMenu>();
        var links = menu.FindAll("[data-testid=nav-menu] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(visible, href => Assert.Contains(href, links));
        Assert.All(hidden, href => Assert.DoesNotContain(href, links));
    }

    [Fact]
    public void Every_navigation_link_points_at_a_page_guarded_by_the_same_policy_as_its_group()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Select(t => (Type: t, Route: t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false)
                .Cast<Microsoft.AspNetCore.Components.RouteAttribute>().FirstOrDefault()?.Template))
            .Where(p => p.Route is not null)
            .ToDictionary(p => p.Route!.TrimStart('/'), p => p.Type);
        foreach (var group in NavigationCatalog.Groups)
        {
            foreach (var item in group.Items.Where(i => pages.ContainsKey(i.Href)))
            {
                var policy = pages[item.Href].GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), true)
                    .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>().Select(a => a.Policy).FirstOrDefault();
                Assert.True(policy is not null, $"page {item.Href} has no policy");
                // A link may sit in a broader group only if its page's roles are a subset of the group's roles.
                Assert.Subset(Policies.RolesByPolicy[group.Policy].ToHashSet(), Policies.RolesByPolicy[policy!].ToHashSet());
            }
        }
    }
}
