using CustomsWorkbench.Platform.Audit;
using System.Diagnostics;
using System.Text;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// The one import service behind the page, the API and the CLI. Reads a file three times, streaming each time:
/// a probe (content hash, encoding), a validation pass (every row checked against the rules and the database, nothing
/// written) and, only when no row failed, a writing pass that inserts in batches inside one transaction.
/// The same transaction records "declarations arrived" in the outbox; after the commit the messages are dispatched inline
/// (so a finished import leaves scored declarations), and whatever that could not deliver — the caller gave up, a sink
/// failed — the outbox worker delivers later.
/// </summary>
public sealed class DeclarationImportService(
    IDbContextFactory<WorkbenchDbContext> factory,
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
        var encodingName = TextEncodingDetector.NameOf(probe.Encoding);
        if (probe.EncodingProblem is { } notText) return ImportReport.Rejected(fileName, format, notText);

        await using var db = await factory.CreateDbContextAsync(ct);
        var previous = await ImportSteps.PreviousBatchAsync(db, probe, ct);
        if (previous is not null) return Repeated(previous);

        var validation = await ValidateAsync(db, path, format, probe, progress, ct);
        if (validation.ErrorCount > 0)
        {
            return new ImportReport(fileName, format, encodingName, validation.Rows, 0, 0, 0, false, null, validation.ErrorCount,
                validation.Errors, clock.Elapsed.TotalSeconds);
        }

        var written = await WriteAsync(db, path, fileName, importedBy, format, probe, validation.Rows, progress, ct);
        // The same file finished importing in another request while this one validated.
        if (written.Previous is { } earlier) return Repeated(earlier);
        if (written.Conflict is { } conflict)
        {
            return new ImportReport(fileName, format, encodingName, validation.Rows, 0, 0, 0, false, null, 1, [conflict], clock.Elapsed.TotalSeconds);
        }
        progress?.Report(new ImportProgress(ImportPhase.Done, validation.Rows, 1));
        await ImportSteps.DispatchAsync(outbox, written.OutboxIds, logger, ct);
        logger.LogInformation("Imported {File}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged in {Seconds:F1}s",
            fileName, written.Inserted, written.Updated, written.Unchanged, clock.Elapsed.TotalSeconds);
        return new ImportReport(fileName, format, encodingName, validation.Rows, written.Inserted, written.Unchanged, written.Updated,
            false, written.BatchId, 0, [], clock.Elapsed.TotalSeconds);

        ImportReport Repeated(ImportBatch batch) =>
            new(fileName, format, encodingName, batch.RowCount, 0, batch.RowCount, 0, true, batch.Id, 0, [], clock.Elapsed.TotalSeconds);
    }

    private sealed record Validation(int Rows, int ErrorCount, IReadOnlyList<ImportProblem> Errors);

    private sealed record Written(int BatchId, int Inserted, int Updated, int Unchanged, IReadOnlyList<long> OutboxIds, ImportProblem? Conflict,
        ImportBatch? Previous = null);

    private static async Task<Validation> ValidateAsync(WorkbenchDbContext db, string path, ImportFormat format, ImportFileProbe probe,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var errors = new List<ImportProblem>();
        var errorCount = 0;
        var rows = 0;
        // Numbers seen so far, as 64-bit hashes with their first row: 12 bytes a row instead of the strings themselves.
        var firstRowOf = new Dictionary<ulong, int>();
        void Report(ImportProblem problem)
        {
            errorCount++;
            if (errors.Count < MaxReportedErrors) errors.Add(problem);
        }

        await using var stream = ImportFileProbe.OpenSequential(path);
        await foreach (var batch in ImportSteps.Batches(Read(stream, format, probe.Encoding, ct), ct))
        {
            var valid = new List<(int Row, IncomingDeclaration Declaration)>();
            foreach (var parsed in batch)
            {
                if (parsed.Fatal)
                {
                    parsed.Problems.ToList().ForEach(Report);
                    return new Validation(rows, errorCount, errors);
                }
                rows++;
                if (parsed.Declaration is not { } declaration)
                {
                    parsed.Problems.ToList().ForEach(Report);
                    continue;
                }
                if (!firstRowOf.TryAdd(ImportSteps.KeyHash(declaration.Number), parsed.Row))
                {
                    Report(ImportProblem.Coded(parsed.Row, NumberColumn(format), "RepeatedNumber",
                        $"'{declaration.Number}' appears again (first in row {firstRowOf[ImportSteps.KeyHash(declaration.Number)]})", declaration.Number, firstRowOf[ImportSteps.KeyHash(declaration.Number)]));
                    continue;
                }
                valid.Add((parsed.Row, declaration));
            }
            var stored = await StoredDeclarations.FindAsync(db, valid.Select(v => v.Declaration.Number).ToList(), ct);
            foreach (var (row, declaration) in valid)
            {
                var (outcome, columns) = StoredDeclarations.Classify(declaration, stored.GetValueOrDefault(declaration.Number));
                if (outcome == RowOutcome.Conflict) Report(StoredDeclarations.ConflictProblem(row, declaration.Number, columns));
            }
            progress?.Report(new ImportProgress(ImportPhase.Validating, rows, ImportSteps.Fraction(stream, probe)));
        }
        return new Validation(rows, errorCount, errors);
    }

    private static async Task<Written> WriteAsync(WorkbenchDbContext db, string path, string fileName, string importedBy,
        ImportFormat format, ImportFileProbe probe, int rowCount, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (batchRecord, previous) = await ImportSteps.OpenBatchAsync(db, transaction, probe, fileName, format, rowCount, importedBy, ct);
        if (batchRecord is null) return new Written(0, 0, 0, 0, [], null, previous);

        var masters = new MasterRecordResolver(db);
        var arrived = new List<int>();
        int inserted = 0, updated = 0, unchanged = 0, rows = 0;
        await using var stream = ImportFileProbe.OpenSequential(path);
        await foreach (var batch in ImportSteps.Batches(Read(stream, format, probe.Encoding, ct), ct))
        {
            var declarations = batch.Select(r => (r.Row, Declaration: r.Declaration!)).ToList();
            rows += declarations.Count;
            var stored = await StoredDeclarations.FindAsync(db, declarations.Select(d => d.Declaration.Number).ToList(), ct);
            var toInsert = new List<IncomingDeclaration>();
            var toLabel = new Dictionary<int, InspectionOutcome>();
            foreach (var (row, declaration) in declarations)
            {
                var existing = stored.GetValueOrDefault(declaration.Number);
                var (outcome, columns) = StoredDeclarations.Classify(declaration, existing);
                switch (outcome)
                {
                    case RowOutcome.Insert: toInsert.Add(declaration); break;
                    case RowOutcome.AddInspection: toLabel[existing!.Id] = declaration.Inspection!; break;
                    case RowOutcome.Unchanged: unchanged++; break;
                    // The database changed between the passes (another import): give up rather than write half.
                    default: return new Written(0, 0, 0, 0, [], StoredDeclarations.ConflictProblem(row, declaration.Number, columns));
                }
            }
            await masters.EnsureAsync(toInsert, ct);
            var entities = toInsert.Select(d => ToEntity(d, masters, batchRecord.Id)).ToList();
            db.Declarations.AddRange(entities);
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
            arrived.AddRange(entities.Select(e => e.Id));
            arrived.AddRange(toLabel.Keys);
            inserted += entities.Count;
            updated += toLabel.Count;
            db.ChangeTracker.Clear();
            progress?.Report(new ImportProgress(ImportPhase.Writing, rows, ImportSteps.Fraction(stream, probe)));
        }

        batchRecord.InsertedCount = inserted;
        batchRecord.UpdatedCount = updated;
        batchRecord.UnchangedCount = unchanged;
        db.ImportBatches.Update(batchRecord);
        // In the same transaction as the declarations: they are never stored without the news reaching scoring and the graph.
        var messages = DeclarationArrivalTopic.Messages(arrived, DateTime.UtcNow).ToList();
        db.AddRange(messages);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Written(batchRecord.Id, inserted, updated, unchanged, messages.Select(m => m.Id).ToList(), null);
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
