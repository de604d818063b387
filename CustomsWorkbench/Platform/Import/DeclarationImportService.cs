using CustomsWorkbench.Platform.Audit;
using System.Diagnostics;
using System.Text;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Bulk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// The one import service behind the page, the API and the CLI. Reads a file twice, streaming each time: a probe (content
/// hash, encoding), then one pass inside one transaction that checks every row against the rules, the file so far and the
/// database, and writes the rows through the provider's bulk path while no row has failed. After the first bad row it
/// only checks (to report every problem) and the transaction is rolled back: nothing of a file with a bad row is stored.
/// The same transaction records "declarations arrived" in the outbox; after the commit the messages are dispatched inline
/// (so a finished import leaves scored declarations), and whatever that could not deliver — the caller gave up, a sink
/// failed — the outbox worker delivers later.
/// </summary>
public sealed class DeclarationImportService(
    IDbContextFactory<WorkbenchDbContext> factory,
    IBulkWriter bulkWriter,
    OutboxDispatcher outbox,
    IAuditLog audit,
    ILogger<DeclarationImportService> logger)
{
    public const int MaxReportedErrors = 1000;
    public const int BatchSize = ImportSteps.BatchSize;

    public async Task<ImportReport> ImportFileAsync(string path, string fileName, string importedBy,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        return await ImportSteps.AuditedAsync(audit, fileName, importedBy, () => ImportCoreAsync(path, fileName, importedBy, progress, ct), ct);
    }

    private async Task<ImportReport> ImportCoreAsync(string path, string fileName, string importedBy,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (ImportFormats.FromFileName(fileName) is not { } format) return ImportReport.Rejected(fileName, null, ImportFormats.UnsupportedType(fileName));
        progress?.Report(new ImportProgress(ImportPhase.Checking, 0, 0));
        var probe = await ImportFileProbe.ProbeAsync(path, ct);
        var probed = clock.Elapsed;
        var encodingName = TextEncodingDetector.NameOf(probe.Encoding);
        if (probe.EncodingProblem is { } notText) return ImportReport.Rejected(fileName, format, notText);

        await using var db = await factory.CreateDbContextAsync(ct);
        var previous = await ImportSteps.PreviousBatchAsync(db, probe, ct);
        if (previous is not null) return Repeated(previous);

        var written = await ImportRowsAsync(db, path, fileName, importedBy, format, probe, progress, ct);
        // The same file finished importing in another request before this one took the write lock.
        if (written.Previous is { } earlier) return Repeated(earlier);
        if (written.ErrorCount > 0)
        {
            return new ImportReport(fileName, format, encodingName, written.Rows, 0, 0, 0, false, null, written.ErrorCount,
                written.Errors, clock.Elapsed.TotalSeconds);
        }
        progress?.Report(new ImportProgress(ImportPhase.Done, written.Rows, 1));
        await ImportSteps.DispatchAsync(outbox, written.OutboxIds, logger, ct);
        // Where the time went, for the benchmarks page and for operators comparing imports (the rest is reading and checking rows).
        logger.LogInformation("Imported {File}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged in {Seconds:F1}s " +
            "(probe {Probe:F1}s, stored-row lookups {Lookups:F1}s, bulk writes {Writes:F1}s)",
            fileName, written.Inserted, written.Updated, written.Unchanged, clock.Elapsed.TotalSeconds, probed.TotalSeconds,
            written.Lookups.TotalSeconds, written.Writes.TotalSeconds);
        return new ImportReport(fileName, format, encodingName, written.Rows, written.Inserted, written.Unchanged, written.Updated,
            false, written.BatchId, 0, [], clock.Elapsed.TotalSeconds);

        ImportReport Repeated(ImportBatch batch) =>
            new(fileName, format, encodingName, batch.RowCount, 0, batch.RowCount, 0, true, batch.Id, 0, [], clock.Elapsed.TotalSeconds);
    }

    private sealed record Written(int Rows, int BatchId, int Inserted, int Updated, int Unchanged, IReadOnlyList<long> OutboxIds,
        int ErrorCount, IReadOnlyList<ImportProblem> Errors, ImportBatch? Previous = null)
    {
        public TimeSpan Lookups { get; init; }
        public TimeSpan Writes { get; init; }
    }

    private async Task<Written> ImportRowsAsync(WorkbenchDbContext db, string path, string fileName, string importedBy, ImportFormat format,
        ImportFileProbe probe, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var bulk = await bulkWriter.BeginAsync(db, ct);
        var (batchRecord, previous) = await ImportSteps.OpenBatchAsync(db, bulk.Transaction, probe, fileName, format, 0, importedBy, ct);
        if (batchRecord is null) return new Written(0, 0, 0, 0, 0, [], 0, [], previous);

        var errors = new List<ImportProblem>();
        var errorCount = 0;
        void Report(ImportProblem problem)
        {
            errorCount++;
            if (errors.Count < MaxReportedErrors) errors.Add(problem);
        }
        // Numbers seen so far, as 64-bit hashes with their first row: 12 bytes a row instead of the strings themselves.
        var firstRowOf = new Dictionary<ulong, int>();
        var headers = bulk.Table(DeclarationRows.Table, DeclarationRows.Columns);
        var items = bulk.Table(DeclarationRows.ItemTable, DeclarationRows.ItemColumns);
        var masters = new MasterRecordResolver(db);
        var arrived = new List<int>();
        int inserted = 0, updated = 0, unchanged = 0, rows = 0;
        TimeSpan lookups = TimeSpan.Zero, writes = TimeSpan.Zero;
        await using var stream = ImportFileProbe.OpenSequential(path);
        await foreach (var batch in ImportSteps.Batches(Read(stream, format, probe.Encoding, ct), ct))
        {
            var valid = new List<(int Row, IncomingDeclaration Declaration)>(batch.Count);
            foreach (var parsed in batch)
            {
                if (parsed.Fatal)
                {
                    parsed.Problems.ToList().ForEach(Report);
                    return new Written(rows, 0, 0, 0, 0, [], errorCount, errors);
                }
                rows++;
                if (parsed.Declaration is not { } declaration)
                {
                    parsed.Problems.ToList().ForEach(Report);
                    continue;
                }
                var key = ImportSteps.KeyHash(declaration.Number);
                if (!firstRowOf.TryAdd(key, parsed.Row))
                {
                    Report(ImportProblem.Coded(parsed.Row, NumberColumn(format), "RepeatedNumber",
                        $"'{declaration.Number}' appears again (first in row {firstRowOf[key]})", declaration.Number, firstRowOf[key]));
                    continue;
                }
                valid.Add((parsed.Row, declaration));
            }
            // Only numbers new to this file are looked up, so what this import wrote in earlier batches is never "stored".
            var lookupStart = Stopwatch.GetTimestamp();
            var stored = await StoredDeclarations.FindAsync(db, valid.Select(v => v.Declaration.Number).ToList(), ct);
            lookups += Stopwatch.GetElapsedTime(lookupStart);
            var toInsert = new List<IncomingDeclaration>(valid.Count);
            var toLabel = new Dictionary<int, InspectionOutcome>();
            foreach (var (row, declaration) in valid)
            {
                var existing = stored.GetValueOrDefault(declaration.Number);
                var (outcome, columns) = StoredDeclarations.Classify(declaration, existing);
                switch (outcome)
                {
                    case RowOutcome.Insert: toInsert.Add(declaration); break;
                    case RowOutcome.AddInspection: toLabel[existing!.Id] = declaration.Inspection!; break;
                    case RowOutcome.Unchanged: unchanged++; break;
                    default: Report(StoredDeclarations.ConflictProblem(row, declaration.Number, columns)); break;
                }
            }
            // After a bad row the rest is only checked: the transaction is rolled back, so writing it would be wasted.
            if (errorCount == 0)
            {
                var writeStart = Stopwatch.GetTimestamp();
                arrived.AddRange(await InsertAsync(bulk, headers, items, masters, toInsert, batchRecord.Id, ct));
                writes += Stopwatch.GetElapsedTime(writeStart);
                arrived.AddRange(await LabelAsync(db, toLabel, ct));
                inserted += toInsert.Count;
                updated += toLabel.Count;
            }
            db.ChangeTracker.Clear();
            progress?.Report(new ImportProgress(errorCount == 0 ? ImportPhase.Writing : ImportPhase.Validating, rows, ImportSteps.Fraction(stream, probe)));
        }
        if (errorCount > 0) return new Written(rows, 0, 0, 0, 0, [], errorCount, errors);

        batchRecord.RowCount = rows;
        batchRecord.InsertedCount = inserted;
        batchRecord.UpdatedCount = updated;
        batchRecord.UnchangedCount = unchanged;
        db.ImportBatches.Update(batchRecord);
        // In the same transaction as the declarations: they are never stored without the news reaching scoring and the graph.
        var messages = DeclarationArrivalTopic.Messages(arrived, DateTime.UtcNow).ToList();
        db.AddRange(messages);
        await db.SaveChangesAsync(ct);
        await bulk.CommitAsync(ct);
        return new Written(rows, batchRecord.Id, inserted, updated, unchanged, messages.Select(m => m.Id).ToList(), 0, [])
        {
            Lookups = lookups, Writes = writes,
        };
    }

    /// <summary>New declarations and their items through the bulk path; master records (few, cached) through EF Core.</summary>
    private static async Task<IReadOnlyList<int>> InsertAsync(IBulkSession bulk, IBulkTable headers, IBulkTable items, MasterRecordResolver masters,
        IReadOnlyList<IncomingDeclaration> toInsert, int batchId, CancellationToken ct)
    {
        if (toInsert.Count == 0) return [];
        await masters.EnsureAsync(toInsert, ct);
        var firstId = await bulk.ReserveIdsAsync(DeclarationRows.Table, toInsert.Count, ct);
        var ids = new int[toInsert.Count];
        for (var n = 0; n < toInsert.Count; n++)
        {
            var entity = ToEntity(toInsert[n], masters, batchId);
            entity.Id = ids[n] = firstId + n;
            DeclarationRows.Write(headers, items, entity);
        }
        await headers.FlushAsync(ct);
        await items.FlushAsync(ct);
        return ids;
    }

    /// <summary>The one allowed update, an inspection outcome for an uninspected declaration: rare, so through EF Core with its version bump.</summary>
    private static async Task<IReadOnlyList<int>> LabelAsync(WorkbenchDbContext db, Dictionary<int, InspectionOutcome> toLabel, CancellationToken ct)
    {
        if (toLabel.Count == 0) return [];
        foreach (var declaration in await db.Declarations.Where(d => toLabel.Keys.Contains(d.Id)).ToListAsync(ct))
        {
            var outcome = toLabel[declaration.Id];
            declaration.Inspected = true;
            declaration.Illicit = outcome.Illicit;
            declaration.AdditionalRevenue = outcome.AdditionalRevenue;
            declaration.Version = Guid.NewGuid();
            db.Entry(declaration).State = EntityState.Modified;
        }
        await db.SaveChangesAsync(ct);
        return toLabel.Keys.ToList();
    }

    private static Declaration ToEntity(IncomingDeclaration d, MasterRecordResolver masters, int batchId) => new()
    {
        Number = d.Number,
        Date = d.Date,
        ImporterId = masters.ImporterId(d),
        DeclarantId = masters.DeclarantId(d),
        OfficeId = masters.OfficeId(d),
        SupplierId = masters.SupplierId(d),
        TransportMode = d.TransportMode,
        OriginCountryCode = d.MainItem.OriginCountryCode,
        MainTariffCode = d.MainItem.TariffCode,
        FtaPreferenceClaimed = d.FtaPreferenceClaimed,
        TotalFob = d.Items.Sum(i => i.FobValue),
        TotalCif = d.Items.Sum(i => i.CifValue),
        TotalTaxes = d.TotalTaxes,
        TotalGrossWeightKg = d.Items.Sum(i => i.GrossWeightKg),
        Source = RecordSource.Import,
        ImportBatchId = batchId,
        Inspected = d.Inspection is not null,
        Illicit = d.Inspection?.Illicit,
        AdditionalRevenue = d.Inspection?.AdditionalRevenue,
        Items = d.Items.Select(i => new DeclarationItem
        {
            LineNumber = i.LineNumber, TariffCode = i.TariffCode, GoodsDescription = i.GoodsDescription, OriginCountryCode = i.OriginCountryCode,
            Quantity = i.Quantity, QuantityUnit = i.QuantityUnit, GrossWeightKg = i.GrossWeightKg, FobValue = i.FobValue, CifValue = i.CifValue,
            DutyRate = i.DutyRate, DutyAmount = i.DutyAmount, VatAmount = i.VatAmount,
        }).ToList(),
    };

    private static IAsyncEnumerable<ParsedRow> Read(Stream stream, ImportFormat format, Encoding encoding, CancellationToken ct) =>
        format == ImportFormat.Json ? DeclarationJsonReader.ReadAsync(stream, encoding, ct) : BacudaCsvReader.ReadAsync(stream, encoding, ct);

    private static string NumberColumn(ImportFormat format) => format == ImportFormat.Json ? "number" : BacudaColumns.Id;
}
