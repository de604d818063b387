using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Turns importer, declarant, office and supplier codes into ids, creating the records that do not exist yet from
/// the details the input gives (or the code itself as the name). Ids are cached for the whole import, so each code
/// costs one query at most. Existing records are never changed by an import.
/// </summary>
public sealed class MasterRecordResolver(WorkbenchDbContext db)
{
    private readonly Dictionary<string, int> _importers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _declarants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _offices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _suppliers = new(StringComparer.Ordinal);

    public int ImporterId(IncomingDeclaration d) => _importers[d.Importer.Code];
    public int DeclarantId(IncomingDeclaration d) => _declarants[d.Declarant.Code];
    public int OfficeId(IncomingDeclaration d) => _offices[d.Office.Code];
    public int? SupplierId(IncomingDeclaration d) => d.Supplier is { } s ? _suppliers[SupplierKey(s.Name, s.CountryCode)] : null;

    public async Task EnsureAsync(IReadOnlyCollection<IncomingDeclaration> batch, CancellationToken ct)
    {
        await EnsureAsync(batch.Select(d => d.Importer), i => i.Code, _importers,
            codes => db.Importers.Where(x => codes.Contains(x.Code)).Select(x => new KeyValuePair<string, int>(x.Code, x.Id)),
            i => new Importer { Code = i.Code, Name = i.Name ?? i.Code, BusinessNumber = i.BusinessNumber, Address = i.Address, Phone = i.Phone, Email = i.Email },
            e => new(e.Code, e.Id), ct);
        await EnsureAsync(batch.Select(d => d.Declarant), i => i.Code, _declarants,
            codes => db.Declarants.Where(x => codes.Contains(x.Code)).Select(x => new KeyValuePair<string, int>(x.Code, x.Id)),
            i => new Declarant { Code = i.Code, Name = i.Name ?? i.Code, LicenseNumber = i.LicenseNumber },
            e => new(e.Code, e.Id), ct);
        await EnsureAsync(batch.Select(d => d.Office), i => i.Code, _offices,
            codes => db.Offices.Where(x => codes.Contains(x.Code)).Select(x => new KeyValuePair<string, int>(x.Code, x.Id)),
            i => new CustomsOffice { Code = i.Code, NameEn = i.NameEn ?? i.NameKo ?? i.Code, NameKo = i.NameKo ?? i.NameEn ?? i.Code },
            e => new(e.Code, e.Id), ct);
        await EnsureAsync(batch.Where(d => d.Supplier is not null).Select(d => d.Supplier!), s => SupplierKey(s.Name, s.CountryCode), _suppliers,
            keys =>
            {
                var names = keys.Select(k => k.Split('\u001f')[0]).ToList();
                return db.Suppliers.Where(x => names.Contains(x.Name)).Select(x => new KeyValuePair<string, int>(x.Name + "\u001f" + x.CountryCode, x.Id));
            },
            s => new Supplier { Name = s.Name, CountryCode = s.CountryCode, Address = s.Address },
            e => new(SupplierKey(e.Name, e.CountryCode), e.Id), ct);
    }

    private async Task EnsureAsync<TDetails, TEntity>(
        IEnumerable<TDetails> wanted,
        Func<TDetails, string> keyOf,
        Dictionary<string, int> cache,
        Func<List<string>, IQueryable<KeyValuePair<string, int>>> findExisting,
        Func<TDetails, TEntity> create,
        Func<TEntity, KeyValuePair<string, int>> keyOfEntity,
        CancellationToken ct) where TEntity : class
    {
        var missing = wanted.Where(w => !cache.ContainsKey(keyOf(w))).DistinctBy(keyOf).ToList();
        if (missing.Count == 0) return;
        foreach (var (key, id) in await findExisting(missing.Select(keyOf).ToList()).ToListAsync(ct)) cache.TryAdd(key, id);
        var created = missing.Where(w => !cache.ContainsKey(keyOf(w))).Select(create).ToList();
        if (created.Count == 0) return;
        db.AddRange(created);
        await db.SaveChangesAsync(ct);
        foreach (var (key, id) in created.Select(keyOfEntity)) cache[key] = id;
    }

    private static string SupplierKey(string name, string country) => name + "\u001f" + country;
}
