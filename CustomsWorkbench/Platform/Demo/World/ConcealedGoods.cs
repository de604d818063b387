namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>Prohibited or restricted goods hidden in an otherwise ordinary consignment or parcel.</summary>
/// <summary>Goods hidden in a consignment; <see cref="UnitCode"/> is a code of the seizure vocabulary's units.</summary>
public sealed record HiddenGoods(string Category, string Description, double Quantity, double EstimatedValue, double EvadedTaxes, string UnitCode = "pcs");

public static class ConcealedGoods
{
    private sealed record Kind(string Category, string Description, string Unit, double MinQuantity, double MaxQuantity, double ValuePerUnit, double TaxRate, double Weight);

    // TaxRate is duty + VAT that would have been due had the goods been declared (0 where they can never be imported).
    private static readonly Kind[] Kinds =
    [
        new("narcotics", "methamphetamine (필로폰)", "kg", 0.2, 6, 300_000_000, 0, 3),
        new("narcotics", "cocaine (코카인)", "kg", 0.5, 10, 150_000_000, 0, 1),
        new("narcotics", "cannabis (대마)", "kg", 0.5, 20, 10_000_000, 0, 1.5),
        new("weapons", "pistol parts and ammunition (권총 부품·실탄)", "set", 1, 12, 2_500_000, 0, 1),
        new("counterfeit", "counterfeit luxury handbags (위조 명품 가방)", "pcs", 20, 800, 1_500_000, 0.188, 3),
        new("counterfeit", "counterfeit watches (위조 시계)", "pcs", 20, 500, 900_000, 0.188, 2),
        new("tobacco", "undeclared cigarettes (미신고 궐련)", "carton", 50, 3_000, 45_000, 0.54, 3),
        new("currency", "undeclared cash (미신고 외화)", "USD 1k", 10, 300, 1_350_000, 0, 0.5),
        new("wildlife", "protected wildlife products (멸종위기종 제품)", "kg", 1, 50, 2_000_000, 0, 0.5),
    ];

    private static readonly WeightedPicker<Kind> Picker = new(Kinds, k => k.Weight);

    public static HiddenGoods Draw(DemoRandom random, double scale = 1)
    {
        var kind = Picker.Pick(random);
        var quantity = Math.Round(random.Uniform(kind.MinQuantity, kind.MaxQuantity) * scale, kind.Unit == "kg" ? 2 : 0);
        quantity = Math.Max(quantity, kind.Unit == "kg" ? 0.05 : 1);
        var value = Math.Round(quantity * kind.ValuePerUnit);
        return new HiddenGoods(kind.Category, $"{quantity:0.##} {kind.Unit} {kind.Description}", quantity, value, Math.Round(value * kind.TaxRate), UnitCode(kind.Unit));
    }

    private static string UnitCode(string unit) => unit == "USD 1k" ? "usd-1k" : unit;
}
