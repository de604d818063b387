using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>A world of its own: these tests approve audit plans and send notices, which other fixtures should not see.</summary>
public class TraderTestFactory : WorkbenchFactory
{
    /// <summary>An importer with at least one declaration line that paid the general rate though a preference existed.</summary>
    public async Task<int> ImporterWithMissedPreferenceAsync(Func<int, Task<bool>> hasMissed)
    {
        _ = Server;
        await using var db = CreateDbContext();
        var candidates = await db.Declarations.Where(d => !d.FtaPreferenceClaimed && d.Items.Any(i => i.DutyRate > 0))
            .GroupBy(d => d.ImporterId).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(40).ToListAsync();
        foreach (var id in candidates)
            if (await hasMissed(id)) return id;
        throw new InvalidOperationException("The test world has no importer with a missed preference.");
    }
}

[CollectionDefinition(Name)]
public class TraderCollection : ICollectionFixture<TraderTestFactory>
{
    public const string Name = "trader";
}
