using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport;

/// <summary>
/// The 12 months trader compliance looks at. The window ends at the newest declaration, not at today: data arrives in
/// batches and the demo world has an end.
/// </summary>
public static class ComplianceWindow
{
    public static async Task<(DateOnly From, DateOnly To)> Last12MonthsAsync(WorkbenchDbContext db, DateTime now, CancellationToken ct)
    {
        var to = await db.Declarations.AnyAsync(ct) ? await db.Declarations.MaxAsync(d => d.Date, ct) : DateOnly.FromDateTime(now);
        return (to.AddMonths(-12).AddDays(1), to);
    }
}
