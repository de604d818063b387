using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.World;
using G = CustomsWorkbench.Platform.Demo.Parcels.ParcelCatalogue.Goods;

namespace CustomsWorkbench.Platform.Demo.Parcels;

/// <summary>
/// Plants a parcel world with known truth, shared by the demo world and the personal-imports scenario. Ordinary buyers
/// order everyday goods, mostly under the list clearance limit. Planted: misused codes (a holder's code used by strangers),
/// split shipments, same-day parcels taxed together, resellers, undervalued parcels and restricted goods. Hard negatives:
/// families sharing one address (each with a code), holders with a second registered address, a holder's name written
/// once in Latin letters, and people who buy often but varied goods. Deterministic for a given random stream.
/// </summary>
public sealed class ParcelPlanter(DemoRandom random, DateOnly firstDay, int dayCount)
{
    private sealed record Person(string Name, string Code, string Phone, List<string> Addresses);

    private static readonly string[] CountriesWithSeveralShops = ["US", "CN", "JP", "DE", "GB"];

    private readonly List<PlantedParcel> _parcels = [];
    private readonly List<Person> _people = [];
    private int _nextCode;

    public static double Limit(string country) => country == "US" ? 200 : 150;

    public PlantedParcels Plant(int count)
    {
        var population = Math.Max(60, count / 3);
        for (var i = 0; i < population; i++) _people.Add(NewPerson());
        var ordinary = new WeightedPicker<Person>(_people, _ => Math.Exp(random.Normal()));

        PlantFamilies(Math.Max(3, count / 1_000));
        foreach (var person in _people.Where(_ => random.Chance(0.05)).ToList()) person.Addresses.Add(KoreanNames.Address(random).Address);
        PlantFrequentBuyers(Math.Max(3, count / 2_000));
        PlantMisuse(Math.Max(3, count / 1_500));
        for (var i = 0; i < Math.Max(4, count / 800); i++) PlantSplit(ordinary.Pick(random));
        for (var i = 0; i < Math.Max(4, count / 800); i++) PlantCombined(ordinary.Pick(random));
        PlantResellers(Math.Max(4, count / 1_500));
        for (var i = 0; i < Math.Max(10, count / 400); i++) PlantUndervalued(ordinary.Pick(random));
        for (var i = 0; i < Math.Max(6, count / 500); i++) PlantRestricted(ordinary.Pick(random));
        while (_parcels.Count < count) Ordinary(ordinary.Pick(random), RandomDay());
        RomaniseOnce();

        AddTaxTruth();
        var ordered = _parcels.OrderBy(p => p.Day).ToList();
        var register = _people.Select(p => new PlantedRegistration(p.Code, p.Name, p.Phone, p.Addresses)).ToList();
        return new PlantedParcels(ordered, register);
    }

    private Person NewPerson(string? surname = null, string? address = null) =>
        new((surname ?? random.Pick(KoreanNames.Surnames)) + random.Pick(KoreanNames.GivenNames),
            $"P{(100_000_000_000 + _nextCode++ * 7_919L + random.Next(7_919)) % 1_000_000_000_000:D12}",
            KoreanNames.MobilePhone(random), [address ?? KoreanNames.Address(random).Address]);

    private DateOnly RandomDay(int margin = 0) => firstDay.AddDays(random.Next(Math.Max(1, dayCount - margin)));

    private PlantedParcel Add(Person person, (string Shop, string Country) shop, string goods, string? hs, int quantity, double value, DateOnly day,
        string? address = null, string? name = null)
    {
        // Four parcels in ten carry an HS code on the manifest; the rest only a description.
        var parcel = new PlantedParcel(person.Code, name ?? person.Name, person.Phone, address ?? random.Pick(person.Addresses),
            ParcelCatalogue.PostalCode(random), shop.Shop, shop.Country, goods, random.Chance(0.4) ? hs : null, quantity, Math.Round(value, 2), day);
        _parcels.Add(parcel);
        return parcel;
    }

    private PlantedParcel Ordinary(Person person, DateOnly day, G? goods = null, (string Shop, string Country)? shop = null)
    {
        goods ??= random.Pick(ParcelCatalogue.Everyday);
        var where = shop ?? random.Pick(ParcelCatalogue.Shops);
        var quantity = goods.UnitPriceUsd > 50 || random.Chance(0.75) ? 1 : random.Next(2, 4);
        // About one order in fifteen is a bigger purchase over the limit, taxed normally.
        var value = random.Chance(0.935) ? goods.UnitPriceUsd * quantity * random.LogNormal(1, 0.25) : Limit(where.Country) * random.Uniform(1.05, 3);
        return Add(person, where, goods.Description, goods.HsCode, quantity, Math.Max(3, value), day);
    }

    /// <summary>Hard negative: a household at one address, same family name, each member with their own code.</summary>
    private void PlantFamilies(int families)
    {
        for (var f = 0; f < families; f++)
        {
            var surname = random.Pick(KoreanNames.Surnames);
            var address = KoreanNames.Address(random).Address;
            var members = Enumerable.Range(0, random.Next(3, 5)).Select(_ => NewPerson(surname, address)).ToList();
            _people.AddRange(members);
            foreach (var m in members) for (var i = random.Next(3, 8); i > 0; i--) Ordinary(m, RandomDay());
        }
    }

    /// <summary>Hard negative: someone who buys very often, but a few of many different things.</summary>
    private void PlantFrequentBuyers(int buyers)
    {
        for (var b = 0; b < buyers; b++)
        {
            var person = NewPerson();
            _people.Add(person);
            for (var i = random.Next(25, 41); i > 0; i--) Ordinary(person, RandomDay());
        }
    }

    /// <summary>A holder's code used by 6-12 strangers (fresh name, phone, address; some twice) besides the holder's own orders.</summary>
    private void PlantMisuse(int codes)
    {
        for (var c = 0; c < codes; c++)
        {
            var holder = NewPerson();
            _people.Add(holder);
            for (var i = random.Next(4, 8); i > 0; i--) Ordinary(holder, RandomDay());
            for (var s = random.Next(6, 13); s > 0; s--)
            {
                var stranger = NewPerson() with { Code = holder.Code };
                for (var i = random.Chance(0.3) ? 2 : 1; i > 0; i--)
                {
                    var parcel = Ordinary(stranger, RandomDay());
                    parcel.Truth.Add(new PlantedTruth(FraudPattern.IdentityMisuse, $"Code {holder.Code} of {holder.Name} used by {stranger.Name}"));
                }
            }
        }
    }

    /// <summary>One order split into 2-5 parcels from one shop, each just under the limit, within two days.</summary>
    private void PlantSplit(Person buyer)
    {
        var shop = random.Pick(ParcelCatalogue.Shops);
        var goods = random.Pick(ParcelCatalogue.Everyday);
        var day = RandomDay(margin: 2);
        var limit = Limit(shop.Country);
        var parts = Enumerable.Range(0, random.Next(2, 6))
            .Select(_ => Add(buyer, shop, goods.Description, goods.HsCode, 1, limit * random.Uniform(0.8, 0.995), day.AddDays(random.Next(0, 2)))).ToList();
        var total = parts.Sum(p => p.ValueUsd);
        foreach (var p in parts)
        {
            p.Truth.Add(new PlantedTruth(FraudPattern.SplitShipment, $"{parts.Count} parcels from {shop.Shop} to {buyer.Code} around {day:yyyy-MM-dd}, total USD {total:0.00}", total));
        }
    }

    /// <summary>Two or three orders from different shops of one country, arriving the same day, together over the limit.</summary>
    private void PlantCombined(Person buyer)
    {
        var country = random.Pick(CountriesWithSeveralShops);
        var shops = ParcelCatalogue.Shops.Where(s => s.Country == country).OrderBy(_ => random.NextDouble()).Take(random.Next(2, 4)).ToList();
        var day = RandomDay();
        var limit = Limit(country);
        var parcels = new List<PlantedParcel>();
        foreach (var shop in shops)
        {
            var goods = random.Pick(ParcelCatalogue.Everyday);
            parcels.Add(Add(buyer, shop, goods.Description, goods.HsCode, 1, limit * random.Uniform(0.55, 0.9), day));
        }
        foreach (var p in parcels)
        {
            p.Truth.Add(new PlantedTruth(FraudPattern.CombinedTaxation, $"{parcels.Count} parcels from {country} on {day:yyyy-MM-dd}", parcels.Sum(o => o.ValueUsd)));
        }
    }

    /// <summary>A reseller: the same goods 4-8 times within about two months, mostly past the personal-use quantity.</summary>
    private void PlantResellers(int resellers)
    {
        for (var r = 0; r < resellers; r++)
        {
            var person = NewPerson();
            _people.Add(person);
            var goods = random.Pick(ParcelCatalogue.Resold);
            var shop = random.Pick(ParcelCatalogue.Shops);
            var start = RandomDay(margin: 60);
            for (var i = random.Next(4, 9); i > 0; i--)
            {
                var quantity = random.Chance(0.6) ? random.Next(goods.PersonalLimit + 1, goods.PersonalLimit * 3 + 1) : random.Next((goods.PersonalLimit + 1) / 2, goods.PersonalLimit + 1);
                var parcel = Add(person, shop, goods.Description, goods.HsCode, quantity, goods.UnitPriceUsd * quantity * random.LogNormal(1, 0.2), start.AddDays(random.Next(60)));
                parcel.Truth.Add(new PlantedTruth(FraudPattern.Resale, $"{goods.Description} bought repeatedly in quantity by {person.Code}"));
            }
        }
    }

    /// <summary>An ordinary order declared at 8-30% of what such goods cost.</summary>
    private void PlantUndervalued(Person buyer)
    {
        var goods = random.Pick(ParcelCatalogue.Everyday);
        var trueValue = goods.UnitPriceUsd * random.LogNormal(1, 0.1);
        var factor = random.Uniform(0.08, 0.3);
        // Peers need history: undervalued parcels arrive after the first month.
        var parcel = Add(buyer, random.Pick(ParcelCatalogue.Shops), goods.Description, goods.HsCode, 1, Math.Max(1, trueValue * factor),
            firstDay.AddDays(Math.Min(dayCount - 1, 30 + random.Next(Math.Max(1, dayCount - 30)))));
        parcel.Truth.Add(new PlantedTruth(FraudPattern.UndervaluedParcel, $"Declared at {factor:P0} of about USD {trueValue:0.00}", Math.Round(trueValue, 2)));
    }

    private void PlantRestricted(Person buyer)
    {
        var parcel = Add(buyer, random.Pick(ParcelCatalogue.Shops), random.Pick(ParcelCatalogue.Restricted), null, 1, random.LogNormal(30, 0.5), RandomDay());
        parcel.Truth.Add(new PlantedTruth(FraudPattern.RestrictedGoods, $"Restricted goods: {parcel.Goods}"));
    }

    /// <summary>
    /// Over the limit alone, and taxed together (합산과세), are matters of law, not intent: every parcel that meets them is
    /// truth, planted or arisen by chance among ordinary orders.
    /// </summary>
    private void AddTaxTruth()
    {
        foreach (var p in _parcels.Where(p => p.ValueUsd > Limit(p.Country)))
        {
            p.Truth.Add(new PlantedTruth(FraudPattern.OverDeMinimis, $"USD {p.ValueUsd:0.00} over the USD {Limit(p.Country):0} limit", p.ValueUsd));
        }
        foreach (var group in _parcels.GroupBy(p => (p.Pccc, p.Day, p.Country)).Where(g => g.Count() > 1 && g.Sum(p => p.ValueUsd) > Limit(g.Key.Country)))
        {
            foreach (var p in group.Where(p => !p.Truth.Exists(t => t.Pattern == FraudPattern.CombinedTaxation)))
            {
                p.Truth.Add(new PlantedTruth(FraudPattern.CombinedTaxation, $"{group.Count()} parcels from {group.Key.Country} on {group.Key.Day:yyyy-MM-dd}", group.Sum(o => o.ValueUsd)));
            }
        }
    }

    /// <summary>Hard negative: one parcel of some holders addressed in Latin letters ("Minjun Kim").</summary>
    private void RomaniseOnce()
    {
        var holders = _people.ToDictionary(p => p.Code, p => p.Name);
        var chosen = new HashSet<string>();
        for (var i = 0; i < _parcels.Count; i++)
        {
            var p = _parcels[i];
            if (p.Truth.Count > 0 || !random.Chance(0.02) || holders.GetValueOrDefault(p.Pccc) != p.Name || !chosen.Add(p.Pccc)) continue;
            _parcels[i] = p with { Name = ParcelCatalogue.Romanised(p.Name) };
        }
    }
}
