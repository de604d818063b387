using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record RecentSeizure(int Id, string CaseNumber, DateOnly Date, string GoodsCategory, string OfficeEn, string OfficeKo, double EstimatedValue);

public sealed record RecentImport(int Id, string FileName, string Format, int RowCount, int Inserted, int Updated, DateTime ImportedAtUtc, string ImportedBy);

/// <summary>The newest seizures and imports, for the analysts' and admins' home pages (newest first, at most 50).</summary>
public sealed class RecentActivity(IDbContextFactory<WorkbenchDbContext> factory)
{
    public async Task<IReadOnlyList<RecentSeizure>> SeizuresAsync(int take = 8, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Seizures.AsNoTracking().OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Take(Math.Clamp(take, 1, 50))
            .Select(s => new RecentSeizure(s.Id, s.CaseNumber, s.Date, s.GoodsCategory, s.Office!.NameEn, s.Office!.NameKo, s.EstimatedValue))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<RecentImport>> ImportsAsync(int take = 6, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.ImportedAtUtc).ThenByDescending(b => b.Id).Take(Math.Clamp(take, 1, 50))
            .Select(b => new RecentImport(b.Id, b.FileName, b.Format, b.RowCount, b.InsertedCount, b.UpdatedCount, b.ImportedAtUtc, b.ImportedBy))
            .ToListAsync(ct);
    }
}
