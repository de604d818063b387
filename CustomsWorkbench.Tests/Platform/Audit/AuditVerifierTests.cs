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
    public async Task Edited_row_with_a_recomputed_hash_disagrees_with_its_anchor()
    {
        await ForgeActorAsync(4);
        var result = await _db.Verifier.VerifyAsync();
        Assert.Equal(4, result.FirstBrokenEntryId);
        Assert.Equal(AuditBreakKind.AnchorMismatch, result.Break);
    }

    [Fact]
    public async Task Without_the_anchor_file_a_recomputed_hash_still_breaks_the_link_of_the_next_entry()
    {
        File.Delete(AnchorPath);
        await ForgeActorAsync(4);
        var result = await _db.Verifier.VerifyAsync();
        Assert.Equal(5, result.FirstBrokenEntryId);
        Assert.Equal(AuditBreakKind.BrokenLink, result.Break);
    }

    [Fact]
    public async Task Every_committed_entry_is_anchored_outside_the_database()
    {
        var anchors = File.ReadAllLines(AnchorPath);
        Assert.Equal(10, anchors.Length);
        var tenth = (await _db.Query.GetAsync(10))!;
        Assert.Equal($"10\t{tenth.Hash}", anchors[^1]);
    }

    [Fact]
    public async Task Cutting_off_the_newest_entries_is_detected_by_the_anchors()
    {
        await _db.TamperAsync("DELETE FROM AuditEntries WHERE Id >= 9;");
        var result = await _db.Verifier.VerifyAsync();
        Assert.False(result.IsValid);
        Assert.Equal(AuditBreakKind.Truncated, result.Break);
        Assert.Equal(9, result.FirstBrokenEntryId);
        Assert.Contains("up to 10", result.Reason);
    }

    [Fact]
    public async Task A_whole_chain_rewritten_consistently_is_caught_at_the_first_rewritten_entry()
    {
        // Re-link entries 6..10 with a forged actor so every stored hash and link is self-consistent again.
        var previous = (await _db.Query.GetAsync(5))!.Hash;
        var sql = new System.Text.StringBuilder();
        for (var id = 6; id <= 10; id++)
        {
            var entry = (await _db.Query.GetAsync(id))!;
            entry.Actor = "mallory";
            entry.PreviousHash = previous;
            entry.Hash = AuditHasher.ComputeHash(entry, _db.Key);
            previous = entry.Hash;
            sql.Append($"UPDATE AuditEntries SET Actor = 'mallory', PreviousHash = '{entry.PreviousHash}', Hash = '{entry.Hash}' WHERE Id = {id};");
        }
        await _db.TamperAsync(sql.ToString());

        var result = await _db.Verifier.VerifyAsync();
        Assert.Equal(6, result.FirstBrokenEntryId);
        Assert.Equal(AuditBreakKind.AnchorMismatch, result.Break);
    }

    private string AnchorPath => Path.Combine(_db.DataFolder, "audit-anchors.log");

    private async Task ForgeActorAsync(long id)
    {
        var forged = (await _db.Query.GetAsync(id))!;
        forged.Actor = "mallory";
        forged.Hash = AuditHasher.ComputeHash(forged, _db.Key);
        await _db.TamperAsync($"UPDATE AuditEntries SET Actor = 'mallory', Hash = '{forged.Hash}' WHERE Id = {id};");
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
