using System.Diagnostics;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Audit;

public enum AuditBreakKind
{
    /// <summary>An id is missing: a row was deleted (or the first row is not id 1).</summary>
    GapInIds,
    /// <summary>PreviousHash does not equal the hash of the entry before it.</summary>
    BrokenLink,
    /// <summary>The stored hash does not match the entry's fields: the row was edited.</summary>
    HashMismatch,
    /// <summary>The entry's hash differs from the one recorded outside the database: the chain was rewritten from here.</summary>
    AnchorMismatch,
    /// <summary>The anchor file records entries the database no longer has: the newest entries were cut off.</summary>
    Truncated,
    /// <summary>The trail has entries but the anchor file is gone, so a rewritten or cut-off trail could not be told.</summary>
    AnchorFileMissing,
    /// <summary>The trail has entries but the HMAC key file is gone, so no hash can be checked.</summary>
    KeyFileMissing,
}

/// <summary>The outcome of a chain check. <see cref="HeadHash"/> is the last valid hash, worth noting outside the database.</summary>
public sealed record AuditVerification(
    long EntriesChecked,
    bool IsValid,
    long? FirstBrokenEntryId,
    AuditBreakKind? Break,
    string? Reason,
    string HeadHash,
    TimeSpan Elapsed);

/// <summary>
/// Walks the whole trail in id order, one row at a time, and reports the first entry that breaks the chain or disagrees
/// with the anchors kept outside the database (<see cref="AuditAnchorFile"/>, read alongside in the same order).
/// </summary>
public sealed class AuditVerifier(IDbContextFactory<WorkbenchDbContext> factory, AuditAnchorFile anchorFile, AuditKey key)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await factory.CreateDbContextAsync(ct);
        // Never create a key here: a new key would make every stored entry look altered instead of saying what is wrong.
        if (!key.Exists && await db.AuditEntries.AnyAsync(ct))
            return new AuditVerification(0, false, null, AuditBreakKind.KeyFileMissing,
                $"the audit key file {key.Path} is missing: no entry can be checked", AuditHasher.GenesisHash, stopwatch.Elapsed);
        var hashKey = key.Exists ? key.GetOrCreate() : [];
        long checkedCount = 0, previousId = 0;
        var previousHash = AuditHasher.GenesisHash;
        using var anchors = anchorFile.Read().GetEnumerator();
        var anchor = anchors.MoveNext() ? anchors.Current : (AuditAnchor?)null;
        // AsAsyncEnumerable streams from the data reader; the table is never held in memory.
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            checkedCount++;
            AuditVerification Broken(AuditBreakKind kind, string reason) =>
                new(checkedCount, false, entry.Id, kind, reason, previousHash, stopwatch.Elapsed);

            if (entry.Id != previousId + 1)
                return Broken(AuditBreakKind.GapInIds, $"expected id {previousId + 1}, found {entry.Id}");
            if (entry.PreviousHash != previousHash)
                return Broken(AuditBreakKind.BrokenLink, $"previous hash {entry.PreviousHash} does not match {previousHash}");
            var computed = AuditHasher.ComputeHash(entry, hashKey);
            if (computed != entry.Hash)
                return Broken(AuditBreakKind.HashMismatch, $"stored hash {entry.Hash} does not match computed {computed}");
            while (anchor is { } a && a.Id < entry.Id) anchor = anchors.MoveNext() ? anchors.Current : null;
            if (anchor is { } match && match.Id == entry.Id && match.Hash != entry.Hash)
                return Broken(AuditBreakKind.AnchorMismatch, $"hash {entry.Hash} differs from {match.Hash} recorded in {anchorFile.Path}");
            previousId = entry.Id;
            previousHash = entry.Hash;
        }
        AuditAnchor? last = anchor;
        while (anchors.MoveNext()) last = anchors.Current;
        if (last is { } newest && newest.Id > previousId)
            return new AuditVerification(checkedCount, false, previousId + 1, AuditBreakKind.Truncated,
                $"the trail ends at entry {previousId} but {anchorFile.Path} records entries up to {newest.Id}", previousHash, stopwatch.Elapsed);
        // A missing anchor file is a failure, not a skip: deleting it would otherwise switch off the checks above.
        if (checkedCount > 0 && !anchorFile.Exists)
            return new AuditVerification(checkedCount, false, null, AuditBreakKind.AnchorFileMissing,
                $"the anchor file {anchorFile.Path} is missing: a rewritten or cut-off trail cannot be detected without it", previousHash, stopwatch.Elapsed);
        return new AuditVerification(checkedCount, true, null, null, null, previousHash, stopwatch.Elapsed);
    }
}
