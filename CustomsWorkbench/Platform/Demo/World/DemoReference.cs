using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.Reference;
using Microsoft.Data.Sqlite;

namespace CustomsWorkbench.Platform.Demo.World;

public sealed record PortRef(int Id, string Code, string CountryCode, PortKind Kind);

/// <summary>The reference rows the generators draw from, read from the database (ids are needed for foreign keys).</summary>
public sealed class DemoReference
{
    public required IReadOnlyDictionary<string, Country> Countries { get; init; }
    public required IReadOnlyDictionary<string, TariffCode> Tariffs { get; init; }
    public required IReadOnlyDictionary<string, int> OfficeIdsByCode { get; init; }
    public required IReadOnlyList<PortRef> Ports { get; init; }
    public required IReadOnlyList<MisclassificationPair> MisclassificationPairs { get; init; }

    public IReadOnlyList<TariffCode> TariffsIn(string category) =>
        tariffsByCategory.TryGetValue(category, out var list) ? list : [];

    public bool IsFtaPartner(string countryCode) => Countries.TryGetValue(countryCode, out var c) && c.FtaPartner;

    public IReadOnlyList<PortRef> PortsOf(string countryCode, PortKind kind) =>
        Ports.Where(p => p.CountryCode == countryCode && p.Kind == kind).ToList();

    public PortRef Port(string code) => Ports.First(p => p.Code == code);
    public int OfficeId(string code) => OfficeIdsByCode[code];

    private Dictionary<string, List<TariffCode>> tariffsByCategory = [];

    public static DemoReference Load(SqliteConnection connection, ReferenceDataFiles files)
    {
        var countries = Query(connection, "SELECT Code, NameEn, NameKo, FtaPartner FROM Countries ORDER BY Code",
            r => new Country { Code = r.GetString(0), NameEn = r.GetString(1), NameKo = r.GetString(2), FtaPartner = r.GetBoolean(3) });
        var tariffs = Query(connection, "SELECT Code, DescriptionEn, DescriptionKo, DutyRate, FtaDutyRate, GoodsCategory FROM TariffCodes ORDER BY Code",
            r => new TariffCode
            {
                Code = r.GetString(0), DescriptionEn = r.GetString(1), DescriptionKo = r.GetString(2),
                DutyRate = r.GetDouble(3), FtaDutyRate = r.GetDouble(4), GoodsCategory = r.GetString(5),
            });
        var offices = Query(connection, "SELECT Code, Id FROM Offices ORDER BY Code", r => (Code: r.GetString(0), Id: r.GetInt32(1)));
        var ports = Query(connection, "SELECT Id, Code, CountryCode, Kind FROM Ports ORDER BY Code",
            r => new PortRef(r.GetInt32(0), r.GetString(1), r.GetString(2), (PortKind)r.GetInt32(3)));
        if (tariffs.Count == 0 || ports.Count == 0 || offices.Count == 0)
        {
            throw new InvalidOperationException("Reference data is missing: the ReferenceDataSeeder must run before the demo world.");
        }
        var tariffMap = tariffs.ToDictionary(t => t.Code);
        return new DemoReference
        {
            Countries = countries.ToDictionary(c => c.Code),
            Tariffs = tariffMap,
            OfficeIdsByCode = offices.ToDictionary(o => o.Code, o => o.Id),
            Ports = ports,
            MisclassificationPairs = files.MisclassificationPairs()
                .Where(p => tariffMap.ContainsKey(p.TrueCode) && tariffMap.ContainsKey(p.DeclaredCode)).ToList(),
            tariffsByCategory = tariffs.GroupBy(t => t.GoodsCategory).ToDictionary(g => g.Key, g => g.ToList()),
        };
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
