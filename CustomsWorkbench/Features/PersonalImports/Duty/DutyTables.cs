using System.Globalization;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Reference;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Duty;

/// <summary>
/// The tables the arithmetic reads, held in memory so an export of a million parcels needs no query per parcel: the
/// customs weekly exchange rates, the tariff's duty rates by HS code and the goods-type defaults
/// (data/personal-imports/duty-defaults.csv; its last row, with no keywords, is the general rate).
/// </summary>
public sealed class DutyTables(IReadOnlyList<ExchangeRateQuote> rates, IReadOnlyDictionary<string, decimal> tariffRates, IReadOnlyList<GoodsTypeRate> defaults)
{
    private readonly ILookup<string, ExchangeRateQuote> _rates = rates.ToLookup(r => r.Currency);

    public static async Task<DutyTables> LoadAsync(WorkbenchDbContext db, CancellationToken ct)
    {
        var rates = await db.Set<ExchangeRate>().AsNoTracking()
            .Select(r => new ExchangeRateQuote(r.Currency, r.KrwPerUnit, r.Units, r.EffectiveFrom, r.EffectiveTo)).ToListAsync(ct);
        var tariff = await db.TariffCodes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => (decimal)t.DutyRate, ct);
        return new DutyTables(rates, tariff, ReadDefaults(ShippedData.PathOf("personal-imports", "duty-defaults.csv")));
    }

    /// <summary>The rate in force for the currency on the date (KRW is 1); null when the table has none.</summary>
    public ExchangeRateQuote? RateOn(string currency, DateOnly date)
    {
        var code = currency.Trim().ToUpperInvariant();
        if (code == "KRW") return ExchangeRateQuote.Won;
        return _rates[code].Where(r => r.EffectiveFrom <= date && r.EffectiveTo >= date).MaxBy(r => r.EffectiveFrom);
    }

    /// <summary>The tariff's duty rate for an HS code: the exact line, else the first line the given digits begin.</summary>
    public (string Code, decimal Rate)? TariffRate(string? hsCode)
    {
        if (string.IsNullOrWhiteSpace(hsCode)) return null;
        var code = hsCode.Trim();
        if (tariffRates.TryGetValue(code, out var exact)) return (code, exact);
        var line = tariffRates.Keys.Where(k => k.StartsWith(code, StringComparison.Ordinal)).Order().FirstOrDefault();
        return line is null ? null : (line, tariffRates[line]);
    }

    public GoodsTypeRate DefaultFor(string goodsDescription) =>
        defaults.FirstOrDefault(d => d.Keywords.Count > 0 && d.Matches(goodsDescription)) ?? defaults.Last(d => d.Keywords.Count == 0);

    public static IReadOnlyList<GoodsTypeRate> ReadDefaults(string path) =>
        File.ReadLines(path).Skip(1).Where(l => !string.IsNullOrWhiteSpace(l)).Select(line =>
        {
            var c = line.Split(',');
            return new GoodsTypeRate(c[0], c[1].Split('|', StringSplitOptions.RemoveEmptyEntries), decimal.Parse(c[2], CultureInfo.InvariantCulture), c[3], c[4]);
        }).ToList();
}
