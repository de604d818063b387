using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Cases;

/// <summary>The people a case task may be given to: users in the analyst or supervisor role (the roles that can open cases).</summary>
public sealed class CaseAssignees(IDbContextFactory<WorkbenchDbContext> dbFactory)
{
    private static readonly string[] AssignableRoles = [Roles.Analyst.ToUpperInvariant(), Roles.Supervisor.ToUpperInvariant()];

    public async Task<IReadOnlyList<CaseAssignee>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userIds = from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where AssignableRoles.Contains(r.NormalizedName!)
                      select ur.UserId;
        return await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.UserName != null)
            .OrderBy(u => u.UserName)
            .Select(u => new CaseAssignee(u.UserName!, u.DisplayName == "" ? u.UserName! : u.DisplayName)).ToListAsync(ct);
    }

    public async Task<bool> IsAssignableAsync(string userName, CancellationToken ct = default) =>
        (await ListAsync(ct)).Any(a => a.UserName == userName);
}
