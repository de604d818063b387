using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.Reference;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>What is really shipped versus what is declared, for one declaration.</summary>
public sealed record ConsignmentPlan(
    FraudPattern? Pattern, string Category, TariffCode TrueMainTariff, TariffCode DeclaredMainTariff,
    string TrueOrigin, string DeclaredOrigin, string LoadingCountry, double ValueFactor, MisclassificationPair? Pair);

/// <summary>
/// Decides whether a declaration cheats and how. The probability comes from the importer and the broker; the pattern is
/// drawn among undervaluation, misclassification, false origin and concealment, falling back to undervaluation where
/// the goods make a pattern impossible (no lower-duty twin, no FTA margin).
/// </summary>
public sealed class FraudPlanner(DemoReference reference)
{
    private static readonly string[] NonFtaOrigins = ["TW", "HK", "PK", "BD", "RU", "MX", "BR", "AE"];
    private static readonly (FraudPattern Pattern, double Weight)[] PatternWeights =
        [(FraudPattern.Undervaluation, 0.42), (FraudPattern.Misclassification, 0.2), (FraudPattern.FalseOrigin, 0.2), (FraudPattern.Concealment, 0.18)];
    private static readonly WeightedPicker<(FraudPattern Pattern, double Weight)> Patterns = new(PatternWeights, p => p.Weight);

    public ConsignmentPlan Plan(DemoRandom random, ImporterProfile importer, DeclarantProfile broker, SupplierProfile supplier, string category)
    {
        var goods = GoodsCategories.Get(category);
        var origin = supplier.Intermediary
            ? new WeightedPicker<(string Country, double Weight)>(goods.Origins, o => o.Weight).Pick(random).Country
            : supplier.Entity.CountryCode;
        var loading = supplier.Intermediary && random.Chance(0.5) ? supplier.Entity.CountryCode : origin;
        var tariff = random.Pick(reference.TariffsIn(category));
        var clean = new ConsignmentPlan(null, category, tariff, tariff, origin, origin, loading, 1, null);
        if (!random.Chance(importer.FraudRate + broker.FraudBoost)) return clean;

        var pattern = Patterns.Pick(random).Pattern;
        return pattern switch
        {
            FraudPattern.Misclassification => Misclassify(random, clean) ?? Undervalue(random, clean),
            FraudPattern.FalseOrigin => FalsifyOrigin(random, clean, goods) ?? Undervalue(random, clean),
            FraudPattern.Concealment => clean with { Pattern = FraudPattern.Concealment },
            _ => Undervalue(random, clean),
        };
    }

    private static ConsignmentPlan Undervalue(DemoRandom random, ConsignmentPlan plan) =>
        plan with { Pattern = FraudPattern.Undervaluation, ValueFactor = 1 - random.Uniform(0.3, 0.7) };

    private ConsignmentPlan? Misclassify(DemoRandom random, ConsignmentPlan plan)
    {
        var pairs = reference.MisclassificationPairs.Where(p => reference.Tariffs[p.TrueCode].GoodsCategory == plan.Category).ToList();
        if (pairs.Count == 0) return null;
        var pair = random.Pick(pairs);
        return plan with
        {
            Pattern = FraudPattern.Misclassification, Pair = pair,
            TrueMainTariff = reference.Tariffs[pair.TrueCode], DeclaredMainTariff = reference.Tariffs[pair.DeclaredCode],
        };
    }

    /// <summary>Goods made in a non-partner country, declared as made in an FTA partner to pay the preferential rate.</summary>
    private ConsignmentPlan? FalsifyOrigin(DemoRandom random, ConsignmentPlan plan, GoodsCategory goods)
    {
        var withMargin = reference.TariffsIn(plan.Category).Where(t => t.FtaDutyRate < t.DutyRate).ToList();
        if (withMargin.Count == 0) return null;
        var tariff = withMargin.Contains(plan.TrueMainTariff) ? plan.TrueMainTariff : random.Pick(withMargin);
        var partners = goods.Origins.Select(o => o.Country).Where(reference.IsFtaPartner).ToList();
        var declared = reference.IsFtaPartner(plan.TrueOrigin) ? plan.TrueOrigin : partners.Count > 0 ? random.Pick(partners) : "VN";
        var trueOrigin = reference.IsFtaPartner(plan.TrueOrigin) ? random.Pick(NonFtaOrigins) : plan.TrueOrigin;
        return plan with
        {
            Pattern = FraudPattern.FalseOrigin, TrueMainTariff = tariff, DeclaredMainTariff = tariff,
            TrueOrigin = trueOrigin, DeclaredOrigin = declared,
            // Half are shipped straight from the real origin, half transshipped through the claimed country.
            LoadingCountry = random.Chance(0.5) ? trueOrigin : declared,
        };
    }
}
