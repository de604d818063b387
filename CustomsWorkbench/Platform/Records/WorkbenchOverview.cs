using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record OverviewTotals(int Declarations, int Inspected, int Illicit, double AdditionalRevenue, int Parcels, int Seizures, int Importers);

public sealed record MonthlyVolume(string Month, int Declarations, int Inspected, int Illicit);

/// <summary>The home page's figures: totals and the monthly series, computed in SQL.</summary>
public class WorkbenchOverview(IDbContextFactory<WorkbenchDbContext> factory)
{
    public async Task<OverviewTotals> GetTotalsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var declarations = await db.Declarations.CountAsync(ct);
        var inspected = await db.Declarations.CountAsync(d => d.Inspected, ct);
        var illicit = await db.Declarations.CountAsync(d => d.Illicit == true, ct);
        var revenue = await db.Declarations.Where(d => d.AdditionalRevenue != null).SumAsync(d => d.AdditionalRevenue ?? 0, ct);
        return new OverviewTotals(declarations, inspected, illicit, revenue,
            await db.Parcels.CountAsync(ct), await db.Seizures.CountAsync(ct), await db.Importers.CountAsync(ct));
    }

    public async Task<IReadOnlyList<MonthlyVolume>> GetMonthlyVolumesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!db.Database.IsSqlite())
        {
            return await db.Database.SqlQueryRaw<MonthlyVolume>(
                """
                SELECT to_char("Date", 'YYYY-MM') AS "Month", COUNT(*)::int AS "Declarations",
                       SUM(CASE WHEN "Inspected" THEN 1 ELSE 0 END)::int AS "Inspected",
                       SUM(CASE WHEN "Illicit" THEN 1 ELSE 0 END)::int AS "Illicit"
                FROM "Declarations" GROUP BY 1 ORDER BY 1
                """).ToListAsync(ct);
        }
        // Dates are stored as ISO text, so the first seven characters are the month.
        return await db.Database.SqlQueryRaw<MonthlyVolume>(
            """
            SELECT substr(Date, 1, 7) AS Month, COUNT(*) AS Declarations,
                   SUM(CASE WHEN Inspected THEN 1 ELSE 0 END) AS Inspected,
                   SUM(CASE WHEN Illicit = 1 THEN 1 ELSE 0 END) AS Illicit
            FROM Declarations GROUP BY substr(Date, 1, 7) ORDER BY Month
            """).ToListAsync(ct);
    }
}
