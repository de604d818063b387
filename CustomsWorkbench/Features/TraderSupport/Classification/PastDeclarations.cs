using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>The distinct descriptions on past declaration lines with the code declared and how often (most frequent first).</summary>
public sealed class PastDeclarations(IDbContextFactory<WorkbenchDbContext> factory)
{
    /// <summary>Enough to cover every description of the demo world many times over, small enough to index in a second.</summary>
    public const int Limit = 5_000;

    public async Task<IReadOnlyList<PastDeclaration>> LoadAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.DeclarationItems.AsNoTracking()
            .Where(i => i.GoodsDescription.Length > 1)
            .GroupBy(i => new { i.GoodsDescription, i.TariffCode })
            .Select(g => new { g.Key.GoodsDescription, g.Key.TariffCode, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(Limit).ToListAsync(ct);
        return rows.Select(r => new PastDeclaration(r.GoodsDescription, r.TariffCode, r.Count)).ToList();
    }
}
