using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Bulk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.PersonalImports.Manifest;

/// <summary>
/// The parcel manifest CSV door (recognised by its `tracking.no` column). A tracking number already stored with the same
/// content counts as unchanged; with different content it is a conflict and nothing is written. The stored parcels are
/// announced on the "parcels arrived" outbox topic, whose consumer computes and stores their flags after the commit.
/// </summary>
public sealed class ParcelManifestDoor(IDbContextFactory<WorkbenchDbContext> factory, IBulkWriter bulkWriter, OutboxDispatcher outbox, IAuditLog audit,
    IOptions<PersonalImportsOptions> options, ILogger<ParcelManifestDoor> logger)
    : CsvRecordDoor<ManifestLine, ParcelManifestDoor.NoState>(factory, bulkWriter, outbox, audit, logger)
{
    public sealed class NoState;

    public override ImportFormat Format => ImportFormat.ParcelManifestCsv;
    protected override IReadOnlyList<string> RequiredColumns => ManifestColumns.Required;
    protected override IReadOnlyList<string> OptionalColumns => ManifestColumns.Accepted;

    // A manifest with a column missing is still a manifest: its header report should name manifest columns.
    public override bool Recognises(IReadOnlyList<string> header) => header.Contains(ManifestColumns.TrackingNo);

    protected override ParsedRecord<ManifestLine> Parse(int row, Func<string, string?> field) => ManifestRowParser.Parse(row, field);

    protected override (string Column, string Key) KeyOf(ManifestLine record) => (ManifestColumns.TrackingNo, record.Parcel.TrackingNumber);

    protected override async Task CheckAsync(WorkbenchDbContext db, IReadOnlyList<(int Row, ManifestLine Record)> batch, NoState state,
        Action<ImportProblem> report, CancellationToken ct)
    {
        var stored = await StoredAsync(db, batch, ct);
        foreach (var (row, line) in batch)
        {
            if (stored.GetValueOrDefault(line.Parcel.TrackingNumber) is { } existing && ParcelEntities.Differences(existing, line) is { Count: > 0 } columns)
            {
                report(Conflict(row, line.Parcel.TrackingNumber, columns));
            }
        }
    }

    // New parcels through the bulk path: a manifest is tens of thousands of rows, and a stored parcel is never updated.
    protected override async Task<BatchWritten> WriteAsync(WorkbenchDbContext db, IBulkSession bulk, IReadOnlyList<(int Row, ManifestLine Record)> batch,
        int batchId, CancellationToken ct)
    {
        var stored = await StoredAsync(db, batch, ct);
        var officeId = await OfficeIdAsync(db, ct);
        var added = new List<ExpressParcel>();
        var unchanged = 0;
        foreach (var (row, line) in batch)
        {
            if (stored.GetValueOrDefault(line.Parcel.TrackingNumber) is not { } existing) added.Add(ParcelEntities.ToEntity(line, officeId, batchId));
            else if (ParcelEntities.Differences(existing, line) is { Count: > 0 } columns) return BatchWritten.Aborted(Conflict(row, line.Parcel.TrackingNumber, columns));
            else unchanged++;
        }
        if (added.Count == 0) return new BatchWritten(0, 0, unchanged, []);
        var parcels = bulk.Table(ParcelRows.Table, ParcelRows.Columns);
        var firstId = await bulk.ReserveIdsAsync(ParcelRows.Table, added.Count, ct);
        for (var n = 0; n < added.Count; n++)
        {
            added[n].Id = firstId + n;
            ParcelRows.Write(parcels, added[n]);
        }
        await parcels.FlushAsync(ct);
        return new BatchWritten(added.Count, 0, unchanged, added.Select(p => p.Id).ToList());
    }

    protected override IEnumerable<OutboxMessage> Messages(IReadOnlyList<int> arrivedIds, DateTime nowUtc) => ParcelArrivalTopic.Messages(arrivedIds, nowUtc);

    private static async Task<Dictionary<string, ExpressParcel>> StoredAsync(WorkbenchDbContext db, IReadOnlyList<(int Row, ManifestLine Record)> batch, CancellationToken ct)
    {
        var numbers = batch.Select(b => b.Record.Parcel.TrackingNumber).ToList();
        return await db.Parcels.AsNoTracking().Where(p => numbers.Contains(p.TrackingNumber)).ToDictionaryAsync(p => p.TrackingNumber, ct);
    }

    private async Task<int> OfficeIdAsync(WorkbenchDbContext db, CancellationToken ct)
    {
        var code = options.Value.ManifestOffice;
        if (await db.Offices.Where(o => o.Code == code).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct) is { } id) return id;
        var office = new CustomsOffice { Code = code, NameEn = code, NameKo = code };
        db.Offices.Add(office);
        await db.SaveChangesAsync(ct);
        return office.Id;
    }

    private static ImportProblem Conflict(int row, string trackingNumber, IReadOnlyList<string> columns) =>
        ImportProblem.Coded(row, ManifestColumns.TrackingNo, "StoredParcelDiffers",
            $"'{trackingNumber}' is already stored with different {string.Join(", ", columns)}; a stored parcel is never changed by an import",
            trackingNumber, string.Join(", ", columns));
}
