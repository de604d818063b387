using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Data;

/// <summary>The PostgreSQL migration set builds the whole model on a real server, and start-up can run again on it.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresMigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [SkippableFact]
    public async Task Migrations_apply_every_table_exists_and_the_model_matches_the_migrations()
    {
        PostgresDatabase.Require();
        await using var db = database.CreateDbContext();

        Assert.True(db.Database.IsNpgsql());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL model changed: regenerate its InitialCreate (README).");
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
            Assert.Equal(1, await database.ScalarAsync($"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{table}'"));
    }

    [SkippableFact]
    public async Task Starting_again_on_the_same_database_changes_nothing_and_keeps_the_audit_triggers()
    {
        PostgresDatabase.Require();

        await database.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        Assert.Equal(4, await database.ScalarAsync(
            "SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = '\"AuditEntries\"'::regclass AND NOT tgisinternal"));
        Assert.Equal(1, await database.ScalarAsync($"SELECT COUNT(*) FROM pg_trigger WHERE tgname = '{AuditAppendOnlyTriggers.NoUpdateTrigger}'"));
    }
}
