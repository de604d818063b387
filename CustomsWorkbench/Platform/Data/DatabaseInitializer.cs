using CustomsWorkbench.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Data;

/// <summary>Applies EF Core migrations, tunes SQLite, then runs the registered seeders in order.</summary>
public class DatabaseInitializer(IServiceProvider services, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkbenchDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (queue pages) carry on while an import or seeding writes.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(ct);
        // The audit trail is append-only inside the database itself; idempotent, so plain EF-generated migrations need no hand edits.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? AuditAppendOnlyTriggers.CreateSql : PostgresAuditAppendOnlyTriggers.CreateSql, ct);
        var progress = new InlineProgress<string>(message => logger.LogInformation("{Message}", message));
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, progress, ct);
        }
    }
}
