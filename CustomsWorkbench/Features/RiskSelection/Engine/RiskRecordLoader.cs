using System.Globalization;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// Reads declarations as <see cref="RiskRecord"/>s in one SQL query (no per-declaration round trips), sorted by date then
/// id as the chronological feature pass needs. Reads the operational tables only: never the demo ground truth.
/// </summary>
public sealed class RiskRecordLoader(IDbContextFactory<WorkbenchDbContext> factory)
{
    private const string Select = """
        SELECT d.Id, d.Date, d.ImporterId, i.Code, i.EstablishedOn, d.DeclarantId, dc.Code, d.OfficeId, d.OriginCountryCode,
               COALESCE(c.FtaPartner, 0), d.MainTariffCode, d.FtaPreferenceClaimed, bl.LoadingPortId, lp.CountryCode,
               d.TransportMode, d.TotalFob, d.TotalCif, d.TotalTaxes, d.TotalGrossWeightKg,
               (SELECT COALESCE(SUM(it.Quantity), 0) FROM DeclarationItems it WHERE it.DeclarationId = d.Id),
               COALESCE(t.DutyRate, 0), COALESCE(t.FtaDutyRate, 0), d.Inspected, d.Illicit, d.AdditionalRevenue, d.SupplierId,
               COALESCE((SELECT it.GoodsDescription FROM DeclarationItems it WHERE it.DeclarationId = d.Id ORDER BY it.LineNumber LIMIT 1), '')
        FROM Declarations d
        JOIN Importers i ON i.Id = d.ImporterId
        JOIN Declarants dc ON dc.Id = d.DeclarantId
        LEFT JOIN Countries c ON c.Code = d.OriginCountryCode
        LEFT JOIN TariffCodes t ON t.Code = d.MainTariffCode
        LEFT JOIN BillsOfLading bl ON bl.Id = d.BillOfLadingId
        LEFT JOIN Ports lp ON lp.Id = bl.LoadingPortId
        """;

    public async Task<List<RiskRecord>> LoadAllAsync(CancellationToken ct = default)
    {
        var records = new List<RiskRecord>();
        await foreach (var r in StreamAllAsync(ct)) records.Add(r);
        return records;
    }

    /// <summary>Every declaration in date order, one at a time (the history pass never needs them all in memory).</summary>
    public IAsyncEnumerable<RiskRecord> StreamAllAsync(CancellationToken ct = default) => ReadAsync(Select + " ORDER BY d.Date, d.Id", ct);

    /// <summary>The given declarations (any order in, date order out).</summary>
    public async Task<List<RiskRecord>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        // Ids are integers, so inlining them is safe; chunks keep the statement small.
        var records = new List<RiskRecord>(ids.Count);
        foreach (var chunk in ids.Chunk(5_000))
        {
            await foreach (var r in ReadAsync($"{Select} WHERE d.Id IN ({string.Join(',', chunk)})", ct)) records.Add(r);
        }
        records.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Id.CompareTo(b.Id));
        return records;
    }

    private async IAsyncEnumerable<RiskRecord> ReadAsync(string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Codes repeat across declarations: one string instance each keeps a million records small.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pooled(string value) => pool.TryGetValue(value, out var same) ? same : pool[value] = value;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new RiskRecord
            {
                Id = reader.GetInt32(0),
                Date = ParseDate(reader.GetString(1)),
                ImporterId = reader.GetInt32(2),
                ImporterCode = Pooled(reader.GetString(3)),
                ImporterEstablishedOn = reader.IsDBNull(4) ? null : ParseDate(reader.GetString(4)),
                DeclarantId = reader.GetInt32(5),
                DeclarantCode = Pooled(reader.GetString(6)),
                OfficeId = reader.GetInt32(7),
                OriginCountryCode = Pooled(reader.GetString(8)),
                OriginIsFtaPartner = reader.GetInt64(9) != 0,
                MainTariffCode = Pooled(reader.GetString(10)),
                FtaPreferenceClaimed = reader.GetInt64(11) != 0,
                LoadingPortId = reader.IsDBNull(12) ? null : reader.GetInt32(12),
                LoadingCountryCode = reader.IsDBNull(13) ? null : Pooled(reader.GetString(13)),
                TransportMode = Enum.TryParse<TransportMode>(reader.GetString(14), out var mode) ? mode : TransportMode.Sea,
                Fob = reader.GetDouble(15),
                Cif = reader.GetDouble(16),
                Taxes = reader.GetDouble(17),
                GrossWeightKg = reader.GetDouble(18),
                Quantity = reader.GetDouble(19),
                DutyRate = reader.GetDouble(20),
                FtaDutyRate = reader.GetDouble(21),
                Inspected = reader.GetInt64(22) != 0,
                Illicit = reader.IsDBNull(23) ? null : reader.GetInt64(23) != 0,
                AdditionalRevenue = reader.IsDBNull(24) ? null : reader.GetDouble(24),
                SupplierId = reader.IsDBNull(25) ? null : reader.GetInt32(25),
                MainDescription = Pooled(reader.GetString(26)),
            };
        }
    }

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
