using CustomsWorkbench.Platform.Audit;

namespace CustomsWorkbench.Tests.Platform.Audit;

public class AuditVerifierTests : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync();
        await _db.RecordManyAsync(10);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Untouched_trail_is_intact()
    {
        var result = await _db.Verifier.VerifyAsync();
        Assert.True(result.IsValid);
        Assert.Equal(10, result.EntriesChecked);
        Assert.Null(result.FirstBrokenEntryId);
    }

    [Fact]
    public async Task Edited_field_is_found_at_the_exact_entry()
    {
        await _db.TamperAsync("UPDATE AuditEntries SET Details = '{\"n\":999}' WHERE Id = 5;");
        var result = await _db.Verifier.VerifyAsync();
        Assert.False(result.IsValid);
        Assert.Equal(5, result.FirstBrokenEntryId);
        Assert.Equal(AuditBreakKind.HashMismatch, result.Break);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Fact]
    public async Task Edited_row_with_a_recomputed_hash_breaks_the_link_of_the_next_entry()
    {
        var forged = (await _db.Query.GetAsync(4))!;
        forged.Actor = "mallory";
        forged.Hash = AuditHasher.ComputeHash(forged);
        await _db.TamperAsync($"UPDATE AuditEntries SET Actor = 'mallory', Hash = '{forged.Hash}' WHERE Id = 4;");

        var result = await _db.Verifier.VerifyAsync();
        Assert.Equal(5, result.FirstBrokenEntryId);
        Assert.Equal(AuditBreakKind.BrokenLink, result.Break);
    }

    [Fact]
    public async Task Deleted_row_is_a_gap_at_the_following_id()
    {
        await _db.TamperAsync("DELETE FROM AuditEntries WHERE Id = 7;");
        var result = await _db.Verifier.VerifyAsync();
        Assert.Equal(8, result.FirstBrokenEntryId);
        Assert.Equal(AuditBreakKind.GapInIds, result.Break);
    }

    [Fact]
    public async Task Deleting_the_first_rows_is_detected()
    {
        await _db.TamperAsync("DELETE FROM AuditEntries WHERE Id <= 2;");
        var result = await _db.Verifier.VerifyAsync();
        Assert.Equal(3, result.FirstBrokenEntryId);
        Assert.Equal(AuditBreakKind.GapInIds, result.Break);
    }

    [Fact]
    public async Task Appending_after_verification_keeps_the_chain_intact()
    {
        await _db.Log.RecordAsync(new AuditRecord("supervisor", "model.promote", "Model", "risk-2"));
        var result = await _db.Verifier.VerifyAsync();
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(11, result.EntriesChecked);
    }
}
