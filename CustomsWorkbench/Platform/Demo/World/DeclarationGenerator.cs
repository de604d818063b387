using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// Declarations with 1-5 lines, each tied to an importer, its broker and supplier, a bill of lading and a clearance
/// office. Returned sorted by date with ids and numbers assigned in that order.
/// </summary>
public sealed class DeclarationGenerator(DemoReference reference, FraudPlanner planner, RoutePlanner routes, TransportGenerator transport)
{
    private static readonly double[] LineCountWeights = [0.5, 0.25, 0.13, 0.08, 0.04];

    public List<GeneratedDeclaration> Generate(
        DemoRandom random, DemoWorldSettings settings, IReadOnlyList<ImporterProfile> importers, IReadOnlyList<DeclarantProfile> brokers,
        int firstId, IProgress<string> progress)
    {
        var importerPicker = new WeightedPicker<ImporterProfile>(importers, i => i.Activity);
        var brokerPicker = new WeightedPicker<DeclarantProfile>(brokers, b => b.Activity);
        var lineCounts = new WeightedPicker<int>([1, 2, 3, 4, 5], n => LineCountWeights[n - 1]);
        var generated = new List<GeneratedDeclaration>(settings.DeclarationCount);
        var step = Math.Max(1, settings.DeclarationCount / 10);
        for (var i = 0; i < settings.DeclarationCount; i++)
        {
            var importer = importerPicker.Pick(random);
            var broker = random.Chance(0.85) ? importer.PrimaryBroker : brokerPicker.Pick(random);
            generated.Add(One(random, settings, importer, broker, lineCounts.Pick(random)));
            if ((i + 1) % step == 0) progress.Report($"Demo world: generated {i + 1:N0} of {settings.DeclarationCount:N0} declarations.");
        }
        // Ids follow the calendar, as they would in a live system; the sort is stable so ties keep generation order.
        var ordered = generated.OrderBy(g => g.Entity.Date).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var d = ordered[i].Entity;
            d.Id = firstId + i;
            d.Number = $"{ordered[i].Broker.Entity.Code}-{d.Date.Year % 100:D2}-{i + 1:D7}";
            foreach (var item in d.Items) item.DeclarationId = d.Id;
        }
        return ordered;
    }

    private GeneratedDeclaration One(DemoRandom random, DemoWorldSettings settings, ImporterProfile importer, DeclarantProfile broker, int lines)
    {
        var date = WorkingDay(random, importer.ActiveFrom, settings.LastDay);
        var category = random.Pick(importer.Categories);
        var supplier = random.Pick(importer.SuppliersByCategory[category]);
        var plan = planner.Plan(random, importer, broker, supplier, category);
        var goods = GoodsCategories.Get(category);
        var (mode, loading) = routes.Departure(random, goods, plan.LoadingCountry);
        if (mode == TransportMode.Air && !transport.HasFlightsFrom(loading.Code)) (mode, loading) = (TransportMode.Sea, reference.Port("SGSIN"));
        var (discharge, officeId) = routes.Arrival(random, mode);

        var main = plan.DeclaredMainTariff;
        // Misclassifiers pay the general rate: the twin code only saves duty there (under an FTA both lines are often free).
        var ftaClaimed = plan.Pattern == FraudPattern.FalseOrigin
            || plan.Pattern != FraudPattern.Misclassification
            && reference.IsFtaPartner(plan.DeclaredOrigin) && main.FtaDutyRate < main.DutyRate && random.Chance(0.85);
        var ftaTrulyDue = ftaClaimed && plan.Pattern != FraudPattern.FalseOrigin;
        var priced = new List<PricedItem>(lines);
        for (var line = 1; line <= lines; line++)
        {
            var trueTariff = line == 1 ? plan.TrueMainTariff : random.Pick(reference.TariffsIn(category));
            var declaredTariff = line == 1 ? plan.DeclaredMainTariff : trueTariff;
            priced.Add(ItemPricer.Price(random, plan, trueTariff, declaredTariff, mode, ftaClaimed, ftaTrulyDue, line));
        }
        var items = priced.Select(p => p.Item).ToList();
        var grossKg = items.Sum(x => x.GrossWeightKg);
        var bill = transport.Ship(mode, loading, discharge, date.AddDays(-random.Next(0, 3)), grossKg);
        var declaration = new Declaration
        {
            Number = "",
            Date = date,
            ImporterId = importer.Entity.Id,
            DeclarantId = broker.Entity.Id,
            SupplierId = supplier.Entity.Id,
            OfficeId = officeId,
            BillOfLadingId = bill.Id,
            TransportMode = mode,
            OriginCountryCode = plan.DeclaredOrigin,
            MainTariffCode = main.Code,
            FtaPreferenceClaimed = ftaClaimed,
            TotalFob = items.Sum(x => x.FobValue),
            TotalCif = items.Sum(x => x.CifValue),
            TotalTaxes = items.Sum(x => x.DutyAmount + x.VatAmount),
            TotalGrossWeightKg = Math.Round(grossKg, 1),
            Source = RecordSource.Demo,
            Version = random.NextGuid(),
            Items = items,
        };
        return new GeneratedDeclaration
        {
            Entity = declaration, Plan = plan, Importer = importer, Broker = broker,
            TrueCif = priced.Sum(p => p.TrueCif), TrueTaxes = priced.Sum(p => p.TrueTaxes),
            Hidden = plan.Pattern == FraudPattern.Concealment ? ConcealedGoods.Draw(random) : null,
            PriceRatio = priced[0].PriceRatio,
        };
    }

    /// <summary>Customs declarations are mostly filed on weekdays: weekend days are kept only one time in five.</summary>
    private static DateOnly WorkingDay(DemoRandom random, DateOnly from, DateOnly to)
    {
        var span = Math.Max(1, to.DayNumber - from.DayNumber + 1);
        var day = from.AddDays(random.Next(span));
        for (var attempt = 0; attempt < 4 && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && !random.Chance(0.2); attempt++)
        {
            day = from.AddDays(random.Next(span));
        }
        return day;
    }
}
