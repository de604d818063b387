using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo.World;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Demo;

/// <summary>
/// First-start demo world: runs only when demo seeding is on and no declaration exists yet, so restarts, imported data
/// and production databases are never touched.
/// </summary>
public sealed class DemoWorldSeeder(DemoWorldGenerator generator, IOptions<WorkbenchOptions> options) : IDatabaseSeeder
{
    public int Order => 200;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        if (!options.Value.SeedDemoData || await db.Declarations.AnyAsync(ct)) return;
        var settings = DemoWorldSettings.From(options.Value);
        if (settings.DeclarationCount == 0) return;
        // The generator writes through SQLite's prepared statements; on another provider say so instead of failing on a cast.
        if (!db.Database.IsSqlite())
            throw new NotSupportedException("The demo world is generated on SQLite only: set Workbench:SeedDemoData=false on PostgreSQL.");
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            generator.GenerateAndStore((SqliteConnection)db.Database.GetDbConnection(), settings, progress, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
