using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CustomsWorkbench.Tests.Platform.Audit;

/// <summary>
/// The audit trail on PostgreSQL: entries chain and verify as on SQLite, and the database itself refuses to edit, remove
/// or fork history, even for raw SQL on a connection of its own.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresAuditTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private IAuditLog Log => database.Services.GetRequiredService<IAuditLog>();

    private async Task RecordAsync(int count)
    {
        for (var i = 1; i <= count; i++)
            await Log.RecordAsync(new AuditRecord("officer", "declaration.decide", "Declaration", i.ToString(), Details: $$"""{"n":{{i}}}"""));
    }

    [SkippableFact]
    public async Task Entries_recorded_at_once_form_one_chain_that_verifies()
    {
        PostgresDatabase.Require();
        var before = await database.ScalarAsync("SELECT COUNT(*) FROM \"AuditEntries\"");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RecordAsync(5))));

        Assert.Equal(before + 20, await database.ScalarAsync("SELECT COUNT(*) FROM \"AuditEntries\""));
        var verification = await database.Services.GetRequiredService<AuditVerifier>().VerifyAsync();
        Assert.True(verification.IsValid, verification.ToString());
    }

    [SkippableTheory]
    [InlineData("UPDATE \"AuditEntries\" SET \"Actor\" = 'intruder'")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    [InlineData("TRUNCATE \"AuditEntries\"")]
    public async Task Raw_sql_cannot_change_or_remove_history(string sql)
    {
        PostgresDatabase.Require();
        await RecordAsync(2);
        var before = await database.ScalarAsync("SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"Actor\" = 'officer'");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(sql));

        Assert.Contains(AuditAppendOnlyTriggers.Message, refused.MessageText);
        Assert.Equal(before, await database.ScalarAsync("SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"Actor\" = 'officer'"));
    }

    [SkippableFact]
    public async Task An_insert_that_is_not_the_next_link_is_refused()
    {
        PostgresDatabase.Require();
        await RecordAsync(1);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync("""
            INSERT INTO "AuditEntries" ("Id", "TimestampUtc", "Actor", "Action", "EntityType", "EntityId", "PreviousHash", "Hash")
            SELECT MAX("Id") + 1, now(), 'intruder', 'x', 'x', 'x', 'forged', 'forged' FROM "AuditEntries"
            """));

        Assert.Contains(AuditAppendOnlyTriggers.NotNextLinkMessage, refused.MessageText);
    }
}
