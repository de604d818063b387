using System.Diagnostics;
using System.Runtime.CompilerServices;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Bulk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Import;

/// <summary>One validated CSV row of a door's record type, or its problems.</summary>
public sealed record ParsedRecord<T>(int Row, T? Record, IReadOnlyList<ImportProblem> Problems) where T : class
{
    /// <summary>A problem after which the rest of the file cannot be read (empty file, bad header).</summary>
    public bool Fatal { get; init; }
}

/// <summary>What writing one batch did: counts, the ids that arrived (for the outbox), or a conflict that aborts the import.</summary>
public sealed record BatchWritten(int Inserted, int Updated, int Unchanged, IReadOnlyList<int> ArrivedIds, ImportProblem? Conflict = null)
{
    public static BatchWritten Aborted(ImportProblem conflict) => new(0, 0, 0, [], conflict);
}

/// <summary>
/// A feature's CSV import with the declarations' guarantees: content-hash idempotency, UTF-8/CP949 detection, a streamed
/// validation pass that writes nothing and reports (row, column, problem), then one transaction that stores every row,
/// the batch and the outbox messages, committed only when all of it succeeded; the messages are dispatched after the
/// commit. A door says only how to parse a row, what makes a row unique in a file, how rows compare with what is stored,
/// and how to write them. <typeparamref name="TState"/> is whatever the validation pass keeps across batches.
/// </summary>
public abstract class CsvRecordDoor<TRecord, TState>(IDbContextFactory<WorkbenchDbContext> factory, IBulkWriter bulkWriter, OutboxDispatcher outbox,
    IAuditLog audit, ILogger logger)
    : IImportDoor where TRecord : class where TState : new()
{
    public const int MaxReportedErrors = DeclarationImportService.MaxReportedErrors;

    public abstract ImportFormat Format { get; }
    protected abstract IReadOnlyList<string> RequiredColumns { get; }
    protected abstract IReadOnlyList<string> OptionalColumns { get; }
    protected abstract ParsedRecord<TRecord> Parse(int row, Func<string, string?> field);
    /// <summary>The column and value that must not repeat within one file.</summary>
    protected abstract (string Column, string Key) KeyOf(TRecord record);
    /// <summary>Validation pass: compare a batch with the database (and with the file so far, in <paramref name="state"/>); report, never write.</summary>
    protected abstract Task CheckAsync(WorkbenchDbContext db, IReadOnlyList<(int Row, TRecord Record)> batch, TState state,
        Action<ImportProblem> report, CancellationToken ct);
    /// <summary>Writing pass: store a batch inside the import's transaction, through EF Core or the session's bulk tables.</summary>
    protected abstract Task<BatchWritten> WriteAsync(WorkbenchDbContext db, IBulkSession bulk, IReadOnlyList<(int Row, TRecord Record)> batch, int batchId,
        CancellationToken ct);
    /// <summary>The outbox messages announcing what arrived, stored in the same transaction.</summary>
    protected virtual IEnumerable<OutboxMessage> Messages(IReadOnlyList<int> arrivedIds, DateTime nowUtc) => [];

    public virtual bool Recognises(IReadOnlyList<string> header) => RequiredColumns.All(header.Contains);

    public Task<ImportReport> ImportFileAsync(string path, string fileName, string importedBy, IProgress<ImportProgress>? progress, CancellationToken ct) =>
        ImportSteps.AuditedAsync(audit, fileName, importedBy, () => ImportCoreAsync(path, fileName, importedBy, progress, ct), ct);

    private async Task<ImportReport> ImportCoreAsync(string path, string fileName, string importedBy, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new ImportProgress(ImportPhase.Checking, 0, 0));
        var probe = await ImportFileProbe.ProbeAsync(path, ct);
        var encodingName = TextEncodingDetector.NameOf(probe.Encoding);
        if (probe.EncodingProblem is { } notText) return ImportReport.Rejected(fileName, Format, notText);

        await using var db = await factory.CreateDbContextAsync(ct);
        if (await ImportSteps.PreviousBatchAsync(db, probe, ct) is { } previous) return Repeated(previous);

        var (rows, errorCount, errors) = await ValidateAsync(db, path, probe, progress, ct);
        if (errorCount > 0) return Report(rows, 0, 0, 0, null, errorCount, errors);

        await using var bulk = await bulkWriter.BeginAsync(db, ct);
        var (batch, earlier) = await ImportSteps.OpenBatchAsync(db, bulk.Transaction, probe, fileName, Format, rows, importedBy, ct);
        if (batch is null) return Repeated(earlier!);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        int inserted = 0, updated = 0, unchanged = 0, written = 0;
        var arrived = new List<int>();
        await using (var stream = ImportFileProbe.OpenSequential(path))
        {
            await foreach (var chunk in ImportSteps.Batches(Read(stream, probe, ct), ct))
            {
                var records = chunk.Select(r => (r.Row, Record: r.Record!)).ToList();
                var result = await WriteAsync(db, bulk, records, batch.Id, ct);
                // The database changed between the passes (another import): give up rather than write half.
                if (result.Conflict is { } conflict) return Report(rows, 0, 0, 0, null, 1, [conflict]);
                db.ChangeTracker.Clear();
                (inserted, updated, unchanged) = (inserted + result.Inserted, updated + result.Updated, unchanged + result.Unchanged);
                arrived.AddRange(result.ArrivedIds);
                written += records.Count;
                progress?.Report(new ImportProgress(ImportPhase.Writing, written, ImportSteps.Fraction(stream, probe)));
            }
        }
        batch.InsertedCount = inserted;
        batch.UpdatedCount = updated;
        batch.UnchangedCount = unchanged;
        db.ImportBatches.Update(batch);
        var messages = Messages(arrived, DateTime.UtcNow).ToList();
        db.AddRange(messages);
        await db.SaveChangesAsync(ct);
        await bulk.CommitAsync(ct);
        progress?.Report(new ImportProgress(ImportPhase.Done, rows, 1));
        await ImportSteps.DispatchAsync(outbox, messages.Select(m => m.Id).ToList(), logger, ct);
        logger.LogInformation("Imported {File} ({Format}): {Inserted} inserted, {Updated} updated, {Unchanged} unchanged in {Seconds:F1}s",
            fileName, Format, inserted, updated, unchanged, clock.Elapsed.TotalSeconds);
        return Report(rows, inserted, updated, unchanged, batch.Id, 0, []);

        ImportReport Report(int rowCount, int ins, int upd, int unch, int? batchId, int errorTotal, IReadOnlyList<ImportProblem> problems) =>
            new(fileName, Format, encodingName, rowCount, ins, unch, upd, false, batchId, errorTotal, problems, clock.Elapsed.TotalSeconds);

        ImportReport Repeated(ImportBatch b) =>
            new(fileName, Format, encodingName, b.RowCount, 0, b.RowCount, 0, true, b.Id, 0, [], clock.Elapsed.TotalSeconds);
    }

    private async Task<(int Rows, int ErrorCount, IReadOnlyList<ImportProblem> Errors)> ValidateAsync(WorkbenchDbContext db, string path,
        ImportFileProbe probe, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var errors = new List<ImportProblem>();
        var errorCount = 0;
        var rows = 0;
        var state = new TState();
        // Keys seen so far, as 64-bit hashes with their first row: 12 bytes a row instead of the strings themselves.
        var firstRowOf = new Dictionary<ulong, int>();
        void Report(ImportProblem problem)
        {
            errorCount++;
            if (errors.Count < MaxReportedErrors) errors.Add(problem);
        }

        await using var stream = ImportFileProbe.OpenSequential(path);
        await foreach (var chunk in ImportSteps.Batches(Read(stream, probe, ct), ct))
        {
            var valid = new List<(int Row, TRecord Record)>();
            foreach (var parsed in chunk)
            {
                if (parsed.Fatal)
                {
                    parsed.Problems.ToList().ForEach(Report);
                    return (rows, errorCount, errors);
                }
                rows++;
                if (parsed.Record is not { } record) { parsed.Problems.ToList().ForEach(Report); continue; }
                var (column, key) = KeyOf(record);
                if (!firstRowOf.TryAdd(ImportSteps.KeyHash(key), parsed.Row))
                {
                    var first = firstRowOf[ImportSteps.KeyHash(key)];
                    Report(ImportProblem.Coded(parsed.Row, column, "RepeatedNumber", $"'{key}' appears again (first in row {first})", key, first));
                    continue;
                }
                valid.Add((parsed.Row, record));
            }
            await CheckAsync(db, valid, state, Report, ct);
            progress?.Report(new ImportProgress(ImportPhase.Validating, rows, ImportSteps.Fraction(stream, probe)));
        }
        return (rows, errorCount, errors);
    }

    /// <summary>Each row parsed as it is read (a row's cells are gone once the next is read).</summary>
    private async IAsyncEnumerable<ParsedRecord<TRecord>> Read(Stream stream, ImportFileProbe probe, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in CsvRowReader.ReadAsync(stream, probe.Encoding, RequiredColumns, [.. RequiredColumns, .. OptionalColumns], ct))
        {
            yield return row.Field is { } field ? Parse(row.Row, field) : new ParsedRecord<TRecord>(row.Row, null, [row.Problem!]) { Fatal = row.Fatal };
        }
    }
}
