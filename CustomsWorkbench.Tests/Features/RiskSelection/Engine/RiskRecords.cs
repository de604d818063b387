using CustomsWorkbench.Features.RiskSelection.Engine;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

/// <summary>Hand-made declarations for unit tests: everything defaults to a plain import, tests set what they measure.</summary>
public static class RiskRecords
{
    public static readonly DateOnly Day0 = new(2026, 3, 2);

    public static RiskRecord Make(int id, int day = 0, double unitValue = 100, double quantity = 10, string tariff = "8517130000",
        string origin = "CN", int importer = 1, int declarant = 1, int office = 1, bool inspected = false, bool illicit = false,
        double revenue = 0, DateOnly? established = null, bool fta = false, string importerCode = "IMP1", string declarantCode = "DEC1") => new()
    {
        Id = id,
        Date = Day0.AddDays(day),
        ImporterId = importer,
        ImporterCode = importerCode,
        ImporterEstablishedOn = established,
        DeclarantId = declarant,
        DeclarantCode = declarantCode,
        OfficeId = office,
        OriginCountryCode = origin,
        MainTariffCode = tariff,
        FtaPreferenceClaimed = fta,
        Quantity = quantity,
        Fob = unitValue * quantity,
        Cif = unitValue * quantity * 1.05,
        GrossWeightKg = quantity * 2,
        DutyRate = 0.08,
        FtaDutyRate = 0,
        Inspected = inspected,
        Illicit = inspected ? illicit : null,
        AdditionalRevenue = inspected ? revenue : null,
    };

    /// <summary>A varied, deterministic history of <paramref name="count"/> declarations over <paramref name="days"/> days, in date order.</summary>
    public static List<RiskRecord> History(int count, int days, int seed = 7)
    {
        var random = new Random(seed);
        var tariffs = new[] { "8517130000", "8517140000", "6204430000", "2402200000", "0901210000" };
        var origins = new[] { "CN", "VN", "US", "DE" };
        return Enumerable.Range(1, count)
            .Select(id =>
            {
                var inspected = random.NextDouble() < 0.3;
                var illicit = inspected && random.NextDouble() < 0.3;
                return Make(id, day: random.Next(days), unitValue: 50 + random.NextDouble() * 100, quantity: 1 + random.Next(50),
                    tariff: tariffs[random.Next(tariffs.Length)], origin: origins[random.Next(origins.Length)],
                    importer: 1 + random.Next(30), declarant: 1 + random.Next(5), office: 1 + random.Next(3),
                    inspected: inspected, illicit: illicit, revenue: illicit ? random.Next(1000, 100000) : 0,
                    established: Day0.AddDays(-random.Next(2000)), fta: random.NextDouble() < 0.2);
            })
            .OrderBy(r => r.Date).ThenBy(r => r.Id).ToList();
    }
}
