using Bunit;
using CustomsWorkbench.Components.Layout;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Tests.Components.Layout;

public class UserMenuTests : ComponentTestContext
{
    [Fact]
    public void Shows_the_signed_in_user_and_role()
    {
        SignInAs("supervisor", Roles.Supervisor);
        var cut = Render<UserMenu>();
        Assert.Contains("supervisor · Supervisor", cut.Find("[data-testid=user-chip]").TextContent);
    }
}
