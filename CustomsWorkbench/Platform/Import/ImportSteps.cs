using System.Runtime.CompilerServices;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// The steps every import shares, whatever it stores: the audit entry, finding the batch of an earlier import of the
/// same bytes, opening this import's batch inside its transaction, reading in batches and the after-commit dispatch.
/// </summary>
public static class ImportSteps
{
    public const int BatchSize = 1000;

    /// <summary>
    /// Runs an import and audits it. Who loaded what, including refused files: data entering the workbench is a human
    /// decision like any other, and the entry is written whatever the caller does now (a committed import without its
    /// audit entry would be a hole in the trail).
    /// </summary>
    public static async Task<ImportReport> AuditedAsync(IAuditLog audit, string fileName, string importedBy, Func<Task<ImportReport>> import, CancellationToken ct)
    {
        ImportReport report;
        try
        {
            report = await import();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Nothing was committed (a committed import returns its report), but the attempt is still on the record.
            await audit.RecordAsync(AuditRecord.Decision(importedBy, "import.cancelled", "ImportBatch", fileName, new { file = fileName }), CancellationToken.None);
            throw;
        }
        var action = report.AlreadyImported ? "import.repeated" : report.ErrorCount > 0 ? "import.rejected" : "import.completed";
        await audit.RecordAsync(AuditRecord.Decision(importedBy, action, "ImportBatch", report.BatchId?.ToString() ?? fileName, new
        {
            file = fileName, format = report.Format?.ToString(), report.Encoding, rows = report.RowCount, report.Inserted, report.Updated, report.Unchanged,
            errors = report.ErrorCount,
        }), CancellationToken.None);
        return report;
    }

    public static Task<ImportBatch?> PreviousBatchAsync(WorkbenchDbContext db, ImportFileProbe probe, CancellationToken ct) =>
        db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.ContentHash == probe.ContentHash, ct);

    /// <summary>
    /// Stores this import's batch inside <paramref name="transaction"/>, or returns the batch of the same file when another
    /// import of it committed first (the caller then reports "already imported" and writes nothing).
    /// </summary>
    public static async Task<(ImportBatch? Created, ImportBatch? Previous)> OpenBatchAsync(WorkbenchDbContext db, IDbContextTransaction transaction,
        ImportFileProbe probe, string fileName, ImportFormat format, int rowCount, string importedBy, CancellationToken ct)
    {
        // Checked again inside the transaction (SQLite's takes the write lock at once): concurrent uploads of one file
        // wait here for the first, then find its batch.
        if (await PreviousBatchAsync(db, probe, ct) is { } previous) return (null, previous);
        var batch = new ImportBatch
        {
            FileName = Path.GetFileName(fileName), ContentHash = probe.ContentHash, Format = format.ToString(), RowCount = rowCount,
            ImportedAtUtc = DateTime.UtcNow, ImportedBy = importedBy,
        };
        db.ImportBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(ct);
            return (batch, null);
        }
        catch (DbUpdateException)
        {
            // A database whose transactions do not lock at once: the unique content hash refuses the second batch.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await PreviousBatchAsync(db, probe, ct) is { } winner) return (null, winner);
            throw;
        }
    }

    public static async IAsyncEnumerable<List<T>> Batches<T>(IAsyncEnumerable<T> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        var batch = new List<T>(BatchSize);
        await foreach (var row in rows.WithCancellation(ct))
        {
            batch.Add(row);
            if (batch.Count < BatchSize) continue;
            yield return batch;
            batch = new List<T>(BatchSize);
        }
        if (batch.Count > 0) yield return batch;
    }

    /// <summary>Delivers a committed import's outbox messages now; if the caller gives up, the outbox worker delivers the rest.</summary>
    public static async Task DispatchAsync(OutboxDispatcher outbox, IReadOnlyList<long> outboxIds, ILogger logger, CancellationToken ct)
    {
        try
        {
            await outbox.DispatchAsync(outboxIds, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            logger.LogInformation("Import caller cancelled; {Count} arrival messages left to the outbox worker", outboxIds.Count);
        }
    }

    public static double Fraction(Stream stream, ImportFileProbe probe) => probe.Length == 0 ? 1 : Math.Min(1, (double)stream.Position / probe.Length);

    /// <summary>FNV-1a, 64 bits: stable across runs, and a false "appears again" needs two keys to collide (~1e-8 at a million rows).</summary>
    public static ulong KeyHash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
