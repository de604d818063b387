namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// How goods of one family usually travel: quantity unit, typical unit price (KRW), weight per unit, lot size,
/// share flown by air and the countries they usually come from (weighted).
/// </summary>
public sealed record GoodsCategory(
    string Name, string Unit, double UnitPriceKrw, double KgPerUnit, double TypicalQuantity, double AirShare,
    IReadOnlyList<(string Country, double Weight)> Origins);

public static class GoodsCategories
{
    public static readonly IReadOnlyList<GoodsCategory> All =
    [
        new("machinery", "EA", 900_000, 45, 20, 0.10, [("CN", 5), ("JP", 3), ("DE", 3), ("US", 2), ("IT", 1), ("VN", 1), ("TW", 1)]),
        new("electronics", "EA", 250_000, 1.5, 300, 0.50, [("CN", 6), ("VN", 4), ("JP", 2), ("TW", 2), ("US", 2), ("MY", 1), ("DE", 1)]),
        new("textiles", "KG", 9_000, 1, 3_000, 0.05, [("CN", 5), ("VN", 2), ("IN", 2), ("PK", 1), ("TR", 1), ("IT", 1), ("ID", 1)]),
        new("apparel", "EA", 15_000, 0.35, 2_000, 0.30, [("CN", 5), ("VN", 5), ("BD", 2), ("KH", 1), ("MM", 1), ("IT", 1), ("ID", 1)]),
        new("footwear", "PR", 25_000, 0.9, 1_200, 0.25, [("VN", 5), ("CN", 4), ("ID", 2), ("IT", 1), ("KH", 1)]),
        new("foodstuffs", "KG", 6_000, 1, 8_000, 0.05, [("US", 4), ("AU", 3), ("CN", 3), ("VN", 2), ("TH", 1), ("NZ", 1), ("ES", 1), ("BR", 1), ("CL", 1)]),
        new("agriculture", "KG", 2_500, 1, 15_000, 0.03, [("CN", 6), ("US", 3), ("VN", 2), ("AU", 1), ("CL", 1), ("TH", 1), ("PE", 1), ("MX", 1)]),
        new("chemicals", "KG", 1_500, 1, 20_000, 0.03, [("CN", 4), ("JP", 2), ("US", 2), ("DE", 2), ("SA", 1), ("IN", 1), ("TW", 1)]),
        new("cosmetics", "EA", 12_000, 0.2, 3_000, 0.40, [("FR", 4), ("US", 3), ("JP", 2), ("IT", 1), ("CN", 1), ("DE", 1)]),
        new("tobacco", "KG", 30_000, 1, 800, 0.10, [("CN", 2), ("US", 2), ("ID", 1), ("PH", 1), ("AE", 1), ("BR", 1)]),
        new("alcohol", "L", 12_000, 1.3, 3_000, 0.05, [("GB", 3), ("FR", 3), ("US", 2), ("CL", 1), ("IT", 1), ("AU", 1), ("JP", 1), ("DE", 1)]),
        new("toys", "EA", 8_000, 0.4, 3_000, 0.15, [("CN", 7), ("VN", 2), ("DK", 1), ("US", 1), ("JP", 1)]),
        new("furniture", "EA", 150_000, 25, 100, 0.02, [("CN", 4), ("VN", 3), ("IT", 1), ("MY", 1), ("ID", 1), ("DE", 1)]),
        new("metals", "KG", 1_200, 1, 25_000, 0.02, [("CN", 5), ("JP", 3), ("AU", 1), ("CL", 1), ("RU", 1), ("IN", 1), ("TW", 1)]),
        new("plastics", "KG", 2_000, 1, 15_000, 0.03, [("CN", 4), ("SA", 2), ("US", 1), ("TH", 1), ("SG", 1), ("TW", 1), ("JP", 1)]),
        new("vehicles_parts", "EA", 60_000, 4, 600, 0.10, [("DE", 3), ("JP", 3), ("CN", 3), ("US", 2), ("MX", 1), ("CZ", 1), ("IN", 1)]),
        new("medical", "EA", 20_000, 0.3, 1_000, 0.50, [("US", 4), ("DE", 3), ("JP", 2), ("CH", 1), ("IE", 1), ("CN", 1)]),
        new("jewelry", "EA", 300_000, 0.05, 100, 0.85, [("IT", 3), ("CH", 2), ("HK", 2), ("FR", 1), ("TH", 1), ("IN", 1), ("US", 1)]),
    ];

    private static readonly Dictionary<string, GoodsCategory> ByName = All.ToDictionary(c => c.Name);

    public static GoodsCategory Get(string name) => ByName[name];

    /// <summary>
    /// Tariff lines whose goods are far dearer or heavier than their family's typical unit (a car is not a bicycle part):
    /// (price multiplier, kg multiplier, quantity multiplier) keyed by tariff code prefix.
    /// </summary>
    public static readonly IReadOnlyList<(string Prefix, double Price, double Kg, double Quantity)> Exceptions =
    [
        ("8703", 500, 350, 0.05), ("8711", 60, 30, 0.1), ("8429", 120, 400, 0.1), ("9022", 150, 10, 0.02),
        ("7102", 40, 0.2, 0.5), ("7108", 30, 2, 0.3), ("8542", 0.3, 0.01, 20), ("8517", 2, 0.1, 2),
    ];
}
