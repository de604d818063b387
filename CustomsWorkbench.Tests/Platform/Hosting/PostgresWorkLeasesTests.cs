using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Hosting;

/// <summary>The work-lease rules of <see cref="WorkLeasesContract"/> on PostgreSQL: one database for the class, emptied per test.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresWorkLeasesTests(PostgresDatabase database) : WorkLeasesContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<IDbContextFactory<WorkbenchDbContext>> OpenAsync()
    {
        PostgresDatabase.Require();
        await database.ExecuteAsync("DELETE FROM \"WorkLeases\"");
        return database.Factory;
    }
}
