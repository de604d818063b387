using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Identity;

/// <summary>Creates the four roles always, and the demo users only when demo seeding is on.</summary>
public class IdentitySeeder(RoleManager<IdentityRole> roles, UserManager<WorkbenchUser> users, IOptions<WorkbenchOptions> options) : IDatabaseSeeder
{
    public int Order => 100;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
        if (!options.Value.SeedDemoData) return;
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null) continue;
            var user = new WorkbenchUser { UserName = demo.UserName, DisplayName = demo.DisplayName, Email = $"{demo.UserName}@customs.example", EmailConfirmed = true, OfficeCode = demo.OfficeCode };
            var result = await users.CreateAsync(user, DemoUsers.Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, demo.Role);
            progress.Report($"Demo user {demo.UserName} ({demo.Role}) created.");
        }
    }
}
