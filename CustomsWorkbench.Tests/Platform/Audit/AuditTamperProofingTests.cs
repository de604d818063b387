using System.Security.Cryptography;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Audit;

/// <summary>
/// Someone who can write the database file but does not hold the key file: a forged tail entry is found, the database
/// itself refuses inserts that do not extend the chain, and removing the anchor file does not switch the checks off.
/// </summary>
public class AuditTamperProofingTests : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync();
        await _db.RecordManyAsync(5);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private string InsertSql(AuditEntry e) => $"""
        INSERT INTO AuditEntries (Id, TimestampUtc, Actor, Action, EntityType, EntityId, PreviousHash, Hash)
        VALUES ({e.Id}, '{e.TimestampUtc:yyyy-MM-dd HH:mm:ss.FFFFFFF}', '{e.Actor}', '{e.Action}', '{e.EntityType}', '{e.EntityId}', '{e.PreviousHash}', '{e.Hash}');
        """;

    private async Task<AuditEntry> NextForgedAsync()
    {
        var tail = (await _db.Query.GetAsync(5))!;
        return new AuditEntry
        {
            Id = 6, TimestampUtc = DateTime.UtcNow, Actor = "mallory", Action = "declaration.release", EntityType = "Declaration", EntityId = "77",
            PreviousHash = tail.Hash, Hash = "",
        };
    }

    [Fact]
    public async Task A_forged_tail_entry_with_a_correct_unkeyed_hash_is_detected()
    {
        var forged = await NextForgedAsync();
        forged.Hash = Convert.ToHexStringLower(SHA256.HashData(AuditHasher.Canonicalize(forged)));
        await _db.ExecuteAsync(InsertSql(forged)); // a correct next link: the database accepts it

        var result = await _db.Verifier.VerifyAsync();
        Assert.False(result.IsValid);
        Assert.Equal(6, result.FirstBrokenEntryId);
        Assert.Equal(AuditBreakKind.HashMismatch, result.Break);
    }

    [Fact]
    public async Task The_database_refuses_an_insert_that_does_not_extend_the_chain()
    {
        var wrongLink = await NextForgedAsync();
        wrongLink.PreviousHash = new string('a', 64);
        var error = await Assert.ThrowsAsync<SqliteException>(() => _db.ExecuteAsync(InsertSql(wrongLink)));
        Assert.Contains(AuditAppendOnlyTriggers.NotNextLinkMessage, error.Message);

        var skippedId = await NextForgedAsync();
        skippedId.Id = 9;
        error = await Assert.ThrowsAsync<SqliteException>(() => _db.ExecuteAsync(InsertSql(skippedId)));
        Assert.Contains(AuditAppendOnlyTriggers.NotNextLinkMessage, error.Message);

        // The app's own appends still pass the trigger.
        await _db.Log.RecordAsync(new AuditRecord("officer", "declaration.claim", "Declaration", "6"));
        Assert.True((await _db.Verifier.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task A_missing_anchor_file_fails_verification_with_a_clear_reason()
    {
        File.Delete(Services.GetRequiredService<AuditAnchorFile>().Path);
        var result = await _db.Verifier.VerifyAsync();
        Assert.False(result.IsValid);
        Assert.Equal(AuditBreakKind.AnchorFileMissing, result.Break);
        Assert.Contains("anchor file", result.Reason);
    }

    [Fact]
    public async Task An_empty_trail_without_an_anchor_file_or_key_is_fine_and_a_missing_key_fails()
    {
        await using var empty = await AuditTestDatabase.CreateAsync();
        Assert.True((await empty.Verifier.VerifyAsync()).IsValid);

        File.Delete(Services.GetRequiredService<AuditKey>().Path);
        var result = await _db.Verifier.VerifyAsync();
        Assert.Equal(AuditBreakKind.KeyFileMissing, result.Break);
    }

    [Fact]
    public void The_key_file_lives_outside_the_database_in_the_keys_folder_readable_by_the_owner_only()
    {
        var key = Services.GetRequiredService<AuditKey>();
        Assert.Equal(Path.Combine(_db.DataFolder, "keys", "audit-hmac.key"), key.Path);
        Assert.Equal(32, key.GetOrCreate().Length);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.Path));
    }

    private IServiceProvider Services => _db.Services;
}
