using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Bulk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Register;

/// <summary>
/// The code register CSV door (`pccc, name, phone, address`, one row per registered address). A new address is inserted,
/// a stored one is unchanged, a changed holder name or phone updates the code. Refused: one code with two holders in the
/// file, and more than <see cref="RegisteredAddress.MaxPerCode"/> addresses for a code (stored and new together).
/// </summary>
public sealed class CodeRegisterDoor(IDbContextFactory<WorkbenchDbContext> factory, IBulkWriter bulkWriter, OutboxDispatcher outbox, IAuditLog audit,
    ILogger<CodeRegisterDoor> logger)
    : CsvRecordDoor<RegisterLine, CodeRegisterDoor.FileCodes>(factory, bulkWriter, outbox, audit, logger)
{
    /// <summary>Per code in the file so far: the holder as first given, and how many addresses the import would add.</summary>
    public sealed class FileCodes : Dictionary<string, (string Name, string? Phone, int Row, int NewAddresses)>;

    public override ImportFormat Format => ImportFormat.CodeRegisterCsv;
    protected override IReadOnlyList<string> RequiredColumns => RegisterColumns.Required;
    protected override IReadOnlyList<string> OptionalColumns => [];

    public override bool Recognises(IReadOnlyList<string> header) =>
        header.Contains(RegisterColumns.Pccc) && !header.Contains(ManifestColumns.TrackingNo);

    protected override ParsedRecord<RegisterLine> Parse(int row, Func<string, string?> field) => RegisterRowParser.Parse(row, field);

    protected override (string Column, string Key) KeyOf(RegisterLine record) => (RegisterColumns.Address, record.Pccc + " " + record.Address);

    protected override async Task CheckAsync(WorkbenchDbContext db, IReadOnlyList<(int Row, RegisterLine Record)> batch, FileCodes state,
        Action<ImportProblem> report, CancellationToken ct)
    {
        var stored = await StoredAsync(db, batch, tracked: false, ct);
        foreach (var (row, line) in batch)
        {
            var known = state.TryGetValue(line.Pccc, out var holder);
            if (known && (holder.Name != line.Name || holder.Phone != line.Phone))
            {
                report(ImportProblem.Coded(row, RegisterColumns.Name, "HolderDiffers",
                    $"'{line.Pccc}' is given another holder or phone than in row {holder.Row}: one code has one holder", line.Pccc, holder.Row));
                continue;
            }
            var code = stored.GetValueOrDefault(line.Pccc);
            var isNew = code?.Addresses.All(a => a.Address != line.Address) ?? true;
            var added = (known ? holder.NewAddresses : 0) + (isNew ? 1 : 0);
            state[line.Pccc] = (line.Name, line.Phone, known ? holder.Row : row, added);
            var total = (code?.Addresses.Count ?? 0) + added;
            if (isNew && total > RegisteredAddress.MaxPerCode)
            {
                report(ImportProblem.Coded(row, RegisterColumns.Address, "TooManyAddresses",
                    $"'{line.Pccc}' would have {total} registered addresses; at most {RegisteredAddress.MaxPerCode} are allowed", line.Pccc, total, RegisteredAddress.MaxPerCode));
            }
        }
    }

    // Through EF Core: codes are updated as well as inserted, and registers are small next to manifests.
    protected override async Task<BatchWritten> WriteAsync(WorkbenchDbContext db, IBulkSession bulk, IReadOnlyList<(int Row, RegisterLine Record)> batch,
        int batchId, CancellationToken ct)
    {
        var codes = await StoredAsync(db, batch, tracked: true, ct);
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var (_, line) in batch)
        {
            if (!codes.TryGetValue(line.Pccc, out var code))
            {
                code = new RegisteredCode { PersonalCustomsCode = line.Pccc, HolderName = line.Name, Phone = line.Phone, Source = RecordSource.Import };
                db.RegisteredCodes.Add(code);
                codes[line.Pccc] = code;
            }
            else if (code.HolderName != line.Name || code.Phone != line.Phone)
            {
                (code.HolderName, code.Phone) = (line.Name, line.Phone);
                db.Entry(code).State = code.Id == 0 ? EntityState.Added : EntityState.Modified;
                updated++;
            }
            if (code.Addresses.Any(a => a.Address == line.Address)) { unchanged++; continue; }
            var address = new RegisteredAddress { Code = code, Address = line.Address };
            code.Addresses.Add(address);
            db.RegisteredAddresses.Add(address);
            inserted++;
        }
        await db.SaveChangesAsync(ct);
        return new BatchWritten(inserted, updated, unchanged, []);
    }

    private static async Task<Dictionary<string, RegisteredCode>> StoredAsync(WorkbenchDbContext db, IReadOnlyList<(int Row, RegisterLine Record)> batch,
        bool tracked, CancellationToken ct)
    {
        var codes = batch.Select(b => b.Record.Pccc).Distinct().ToList();
        var query = db.RegisteredCodes.Include(c => c.Addresses).Where(c => codes.Contains(c.PersonalCustomsCode));
        return await (tracked ? query : query.AsNoTracking()).ToDictionaryAsync(c => c.PersonalCustomsCode, ct);
    }
}
