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
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await db.Database.UseTransactionAsync(transaction, ct);

            var head = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Id)
                .Select(e => new { e.Id, e.Hash })
                .FirstOrDefaultAsync(ct);
            var entry = new AuditEntry
            {
                Id = (head?.Id ?? 0) + 1,
                TimestampUtc = clock.GetUtcNow().UtcDateTime,
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

    private static void Validate(AuditRecord record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Actor, nameof(record.Actor));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action, nameof(record.Action));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityType, nameof(record.EntityType));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityId, nameof(record.EntityId));
    }
}
