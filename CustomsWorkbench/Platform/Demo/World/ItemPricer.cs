using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>The declared figures of one line and the figures it would have had if declared honestly.</summary>
public sealed record PricedItem(DeclarationItem Item, double TrueCif, double TrueTaxes, double PriceRatio);

/// <summary>
/// Values one declaration line: a true unit price from the peer distribution, the declared price (times the plan's
/// value factor), freight and insurance to CIF, duty at the general or FTA rate, and VAT of 10% on CIF + duty.
/// </summary>
public static class ItemPricer
{
    public const double VatRate = 0.10;

    public static PricedItem Price(
        DemoRandom random, ConsignmentPlan plan, TariffCode trueTariff, TariffCode declaredTariff,
        TransportMode mode, bool ftaClaimed, bool ftaTrulyDue, int lineNumber)
    {
        var trueUnitPrice = random.LogNormal(PriceModel.MedianUnitPrice(trueTariff, plan.TrueOrigin), PriceModel.UnitPriceSigma);
        var declaredUnitPrice = trueUnitPrice * (plan.ValueFactor == 1 ? 1 : plan.ValueFactor * random.Uniform(0.95, 1.05));
        var unit = GoodsCategories.Get(declaredTariff.GoodsCategory).Unit;
        var quantity = Math.Max(1, Math.Round(random.LogNormal(PriceModel.TypicalQuantity(trueTariff), 0.8)));
        var grossKg = Math.Round(quantity * PriceModel.KgPerUnit(trueTariff) * random.Uniform(1.02, 1.12), 1);
        var freightPerKg = mode == TransportMode.Air ? 2_500 : 120;
        var freight = Math.Round(grossKg * freightPerKg * random.LogNormal(1, 0.3));

        var fob = Math.Round(quantity * declaredUnitPrice);
        var cif = fob + freight + Math.Round(fob * 0.002);
        var rate = ftaClaimed ? declaredTariff.FtaDutyRate : declaredTariff.DutyRate;
        var duty = Math.Round(cif * rate);
        var vat = Math.Round((cif + duty) * VatRate);

        var trueFob = Math.Round(quantity * trueUnitPrice);
        var trueCif = trueFob + freight + Math.Round(trueFob * 0.002);
        var trueRate = ftaTrulyDue ? trueTariff.FtaDutyRate : trueTariff.DutyRate;
        var trueDuty = Math.Round(trueCif * trueRate);
        var trueTaxes = trueDuty + Math.Round((trueCif + trueDuty) * VatRate);

        var item = new DeclarationItem
        {
            LineNumber = lineNumber,
            TariffCode = declaredTariff.Code,
            GoodsDescription = random.Chance(0.5) ? declaredTariff.DescriptionKo : declaredTariff.DescriptionEn,
            OriginCountryCode = plan.DeclaredOrigin,
            Quantity = quantity,
            QuantityUnit = unit,
            GrossWeightKg = grossKg,
            FobValue = fob,
            CifValue = cif,
            DutyRate = rate,
            DutyAmount = duty,
            VatAmount = vat,
        };
        var peerMedian = PriceModel.MedianUnitPrice(declaredTariff, plan.DeclaredOrigin);
        return new PricedItem(item, trueCif, trueTaxes, declaredUnitPrice / peerMedian);
    }
}
