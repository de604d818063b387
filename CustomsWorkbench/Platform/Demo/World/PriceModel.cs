using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// The "market": for each tariff line × origin a log-normal unit price with a fixed median, so declarations of the same
/// goods from the same country are comparable peers and undervaluation shows up as a low value per unit or per kg.
/// Medians come from stable hashes of the code and country, not from the random stream.
/// </summary>
public static class PriceModel
{
    public const double UnitPriceSigma = 0.3;

    private static readonly HashSet<string> HighCostOrigins =
        ["US", "JP", "DE", "FR", "IT", "GB", "CH", "SE", "DK", "NL", "BE", "AT", "NO", "FI", "IE", "AU", "NZ", "CA", "IL"];
    private static readonly HashSet<string> LowCostOrigins =
        ["CN", "VN", "BD", "KH", "MM", "LA", "PK", "IN", "ID", "PH", "LK", "UZ", "KZ", "MN", "NG", "EG", "MA", "UA"];

    public static double MedianUnitPrice(TariffCode tariff, string origin)
    {
        var category = GoodsCategories.Get(tariff.GoodsCategory);
        var codeLevel = Math.Exp((StableHash.Unit(tariff.Code) - 0.5) * 1.6);
        var originLevel = HighCostOrigins.Contains(origin) ? 1.3 : LowCostOrigins.Contains(origin) ? 0.75 : 0.9 + 0.3 * StableHash.Unit(origin);
        return category.UnitPriceKrw * Exception(tariff.Code).Price * codeLevel * originLevel;
    }

    public static double KgPerUnit(TariffCode tariff)
    {
        var category = GoodsCategories.Get(tariff.GoodsCategory);
        return category.KgPerUnit * Exception(tariff.Code).Kg * (0.8 + 0.45 * StableHash.Unit("kg:" + tariff.Code));
    }

    public static double TypicalQuantity(TariffCode tariff) =>
        GoodsCategories.Get(tariff.GoodsCategory).TypicalQuantity * Exception(tariff.Code).Quantity;

    private static (double Price, double Kg, double Quantity) Exception(string code)
    {
        foreach (var e in GoodsCategories.Exceptions)
        {
            if (code.StartsWith(e.Prefix, StringComparison.Ordinal)) return (e.Price, e.Kg, e.Quantity);
        }
        return (1, 1, 1);
    }
}
