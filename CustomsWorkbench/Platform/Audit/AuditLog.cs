using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>
/// Appends entries to the hash chain. Two locks keep the chain linear: a process-wide semaphore queues callers from
/// all circuits and requests without tying up SQLite, and a BEGIN IMMEDIATE transaction holds the database write lock
/// from reading the head to inserting the next link, so a second process (a CLI verb) cannot fork the chain either.
/// Each committed link is also written to the <see cref="AuditAnchorFile"/> outside the database.
/// </summary>
public sealed class AuditLog(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock, AuditAnchorFile anchors, AuditKey key) : IAuditLog
{
    private static readonly SemaphoreSlim AppendLock = new(1, 1);

    public async Task<AuditEntry> RecordAsync(AuditRecord record, CancellationToken ct = default)
    {
        Validate(record);
        await AppendLock.WaitAsync(ct);
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            await db.Database.OpenConnectionAsync(ct);
            await using var transaction = await BeginWriteLockedAsync(db, ct);

            var head = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Id)
                .Select(e => new { e.Id, e.Hash })
                .FirstOrDefaultAsync(ct);
            var entry = new AuditEntry
            {
                Id = (head?.Id ?? 0) + 1,
                TimestampUtc = StoredPrecision(db, clock.GetUtcNow().UtcDateTime),
                Actor = record.Actor,
                Action = record.Action,
                EntityType = record.EntityType,
                EntityId = record.EntityId,
                ModelVersion = record.ModelVersion,
                AiOutput = record.AiOutput,
                Details = record.Details,
                PreviousHash = head?.Hash ?? AuditHasher.GenesisHash,
                Hash = "",
            };
            entry.Hash = AuditHasher.ComputeHash(entry, key.GetOrCreate());
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            anchors.Append(entry.Id, entry.Hash);
            return entry;
        }
        finally
        {
            AppendLock.Release();
        }
    }

    /// <summary>
    /// SQLite: BEGIN IMMEDIATE takes the database write lock. PostgreSQL: a table lock that conflicts with itself (readers
    /// carry on), so appenders on other servers wait for this link to commit before reading the head.
    /// </summary>
    private static async Task<System.Data.Common.DbTransaction> BeginWriteLockedAsync(WorkbenchDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : await connection.BeginTransactionAsync(ct);
        await db.Database.UseTransactionAsync(transaction, ct);
        if (!db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"AuditEntries\" IN SHARE ROW EXCLUSIVE MODE", ct);
        return transaction;
    }

    /// <summary>
    /// The hash covers the timestamp as the database will return it: PostgreSQL keeps microseconds, not .NET's 100 ns
    /// ticks, so there it is truncated before hashing. SQLite stores every tick.
    /// </summary>
    private static DateTime StoredPrecision(WorkbenchDbContext db, DateTime utc) =>
        db.Database.IsSqlite() ? utc : new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, utc.Kind);

    private static void Validate(AuditRecord record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Actor, nameof(record.Actor));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action, nameof(record.Action));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityType, nameof(record.EntityType));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityId, nameof(record.EntityId));
    }
}
