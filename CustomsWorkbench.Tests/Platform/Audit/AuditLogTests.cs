using System.Diagnostics;
using CustomsWorkbench.Platform.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CustomsWorkbench.Tests.Platform.Audit;

public class AuditLogTests(ITestOutputHelper output) : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await AuditTestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task First_entry_starts_from_the_genesis_hash_and_the_next_links_to_it()
    {
        var first = await _db.Log.RecordAsync(AuditRecord.AiRecommendation("risk-engine", "risk.assess", "Declaration", "7",
            "risk-2026.04", new { score = 0.91, channel = "Red" }));
        var second = await _db.Log.RecordAsync(AuditRecord.Decision("officer", "declaration.inspect", "Declaration", "7",
            details: new { reason = "agree with AI" }));

        Assert.Equal(1, first.Id);
        Assert.Equal(AuditHasher.GenesisHash, first.PreviousHash);
        Assert.Equal(2, second.Id);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal("""{"score":0.91,"channel":"Red"}""", first.AiOutput);

        await using var context = _db.CreateDbContext();
        var stored = await context.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([first.Hash, second.Hash], stored.Select(e => AuditHasher.ComputeHash(e, _db.Key)));
        Assert.Equal(first.TimestampUtc, DateTime.SpecifyKind(stored[0].TimestampUtc, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Two_hundred_parallel_appends_form_one_intact_chain()
    {
        var stopwatch = Stopwatch.StartNew();
        var entries = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => Task.Run(() =>
            _db.Log.RecordAsync(new AuditRecord($"user{i % 7}", "declaration.claim", "Declaration", i.ToString())))));
        stopwatch.Stop();
        output.WriteLine($"200 parallel appends: {stopwatch.ElapsedMilliseconds} ms");

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), entries.Select(e => e.Id).Order());
        Assert.Equal(200, entries.Select(e => e.PreviousHash).Distinct().Count());
        var verification = await _db.Verifier.VerifyAsync();
        Assert.True(verification.IsValid, verification.Reason);
        Assert.Equal(200, verification.EntriesChecked);
        Assert.Equal(entries.Single(e => e.Id == 200).Hash, verification.HeadHash);
    }

    [Fact]
    public async Task Database_triggers_reject_update_and_delete()
    {
        await _db.RecordManyAsync(2);
        var update = await Assert.ThrowsAsync<SqliteException>(() => _db.ExecuteAsync("UPDATE AuditEntries SET Actor = 'mallory' WHERE Id = 1"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => _db.ExecuteAsync("DELETE FROM AuditEntries WHERE Id = 2"));
        Assert.Contains(AuditAppendOnlyTriggers.Message, update.Message);
        Assert.Contains(AuditAppendOnlyTriggers.Message, delete.Message);

        await using var context = _db.CreateDbContext();
        Assert.Equal(2, await context.AuditEntries.CountAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync(e => e.Actor == "mallory"));
    }

    [Fact]
    public async Task Records_missing_who_or_what_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _db.Log.RecordAsync(new AuditRecord(" ", "a", "Declaration", "1")));
        await Assert.ThrowsAsync<ArgumentException>(() => _db.Log.RecordAsync(new AuditRecord("officer", "a", "Declaration", "")));
    }

    [Fact]
    public async Task Sign_in_events_are_recorded_against_the_user_account()
    {
        var entry = await _db.Log.RecordAsync(AuditRecord.Authentication("analyst", AuditActions.SignIn, "password", "10.0.0.8"));
        Assert.Equal(("analyst", AuditActions.SignIn, AuditEntityTypes.User, "analyst"), (entry.Actor, entry.Action, entry.EntityType, entry.EntityId));
        Assert.Equal("""{"method":"password","remoteAddress":"10.0.0.8"}""", entry.Details);
    }
    [Fact]
    public async Task Append_waits_for_another_writer_and_links_to_the_entry_it_wrote()
    {
        // Another process (e.g. a CLI verb) holds the write lock and appends entry 1 itself.
        await using var other = new SqliteConnection(CustomsWorkbench.Platform.Data.DataServiceCollectionExtensions.ConnectionStringFor(_db.DataFolder));
        await other.OpenAsync();
        await using var transaction = other.BeginTransaction(deferred: false);
        var foreign = new CustomsWorkbench.Platform.Data.Entities.AuditEntry
        {
            Id = 1, TimestampUtc = DateTime.UtcNow, Actor = "cli", Action = "import.run", EntityType = "ImportBatch", EntityId = "1",
            PreviousHash = AuditHasher.GenesisHash, Hash = "",
        };
        foreign.Hash = AuditHasher.ComputeHash(foreign, _db.Key);
        await using (var insert = other.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO AuditEntries (Id, TimestampUtc, Actor, Action, EntityType, EntityId, PreviousHash, Hash)
                VALUES (1, $ts, 'cli', 'import.run', 'ImportBatch', '1', $prev, $hash)
                """;
            insert.Parameters.AddWithValue("$ts", foreign.TimestampUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF"));
            insert.Parameters.AddWithValue("$prev", foreign.PreviousHash);
            insert.Parameters.AddWithValue("$hash", foreign.Hash);
            await insert.ExecuteNonQueryAsync();
        }

        var append = Task.Run(() => _db.Log.RecordAsync(new AuditRecord("officer", "declaration.claim", "Declaration", "9")));
        await Task.Delay(300);
        Assert.False(append.IsCompleted, "the append must wait for the other writer's lock");
        await transaction.CommitAsync();

        var entry = await append;
        Assert.Equal(2, entry.Id);
        Assert.Equal(foreign.Hash, entry.PreviousHash);
        Assert.True((await _db.Verifier.VerifyAsync()).IsValid);
    }
}
