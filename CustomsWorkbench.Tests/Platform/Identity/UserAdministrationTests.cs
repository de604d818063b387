using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Identity;

[Collection(WorkbenchCollection.Name)]
public class UserAdministrationTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Creating_a_user_and_changing_the_role_are_audited_and_each_person_keeps_one_role()
    {
        _ = factory.Server;
        var admin = factory.Services.GetRequiredService<UserAdministration>();
        var name = "newanalyst-" + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await admin.CreateAsync(new NewUser(name, "New Analyst", "Str0ng!Pass", Roles.Analyst), "admin")).Succeeded);
        var created = (await admin.ListAsync()).Single(u => u.UserName == name);
        Assert.Equal(Roles.Analyst, created.Role);

        Assert.True((await admin.SetRoleAsync(created.Id, Roles.Supervisor, "admin")).Succeeded);
        Assert.Equal(Roles.Supervisor, (await admin.ListAsync()).Single(u => u.UserName == name).Role);

        var history = await factory.Services.GetRequiredService<AuditQuery>().ForEntityAsync(AuditEntityTypes.User, name);
        Assert.Contains(history, e => e.Action == "user.created" && e.Actor == "admin");
        Assert.Contains(history, e => e.Action == "user.role-changed" && e.Details!.Contains(Roles.Supervisor));
    }

    [Fact]
    public async Task A_weak_password_or_unknown_role_is_refused_with_a_reason_and_nothing_is_recorded()
    {
        _ = factory.Server;
        var admin = factory.Services.GetRequiredService<UserAdministration>();
        var weak = await admin.CreateAsync(new NewUser("weakling", "Weak", "123", Roles.Officer), "admin");
        Assert.False(weak.Succeeded);
        Assert.NotEmpty(weak.Errors.First().Description);
        var badRole = await admin.CreateAsync(new NewUser("nobody", "Nobody", "Str0ng!Pass", "Captain"), "admin");
        Assert.Contains("Unknown role", badRole.Errors.Single().Description);
        Assert.DoesNotContain(await admin.ListAsync(), u => u.UserName is "weakling" or "nobody");
    }
}
