using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>A planted parcel-level abuse, for ground truth and seizures.</summary>
public sealed record ParcelAbuse(ExpressParcel Parcel, FraudPattern Pattern, string Detail, double? TrueValue, HiddenGoods? Hidden);

/// <summary>
/// Express parcels for private buyers: mostly small e-commerce orders under the de-minimis (USD 150, USD 200 from the US),
/// cleared at Incheon. Planted abuse: personal customs codes used by many different recipients, purchases split into
/// several parcels just under the threshold, and prohibited goods hidden in parcels.
/// </summary>
public sealed class ParcelGenerator(DemoReference reference)
{
    private static readonly (string Shop, string Country)[] Shops =
    [
        ("Amazon.com", "US"), ("iHerb", "US"), ("eBay", "US"), ("Costco Wholesale", "US"), ("6pm", "US"), ("Walmart", "US"),
        ("AliExpress", "CN"), ("Taobao", "CN"), ("Temu", "CN"), ("SHEIN", "CN"), ("Rakuten", "JP"), ("Yodobashi", "JP"),
        ("Zalando", "DE"), ("Mytheresa", "DE"), ("ASOS", "GB"), ("Farfetch", "GB"), ("YOOX", "IT"), ("Qoo10", "SG"), ("Lazada", "VN"),
    ];
    private static readonly string[] Goods =
    [
        "Vitamin supplements (비타민)", "Running shoes (운동화)", "Bluetooth earphones (블루투스 이어폰)", "Women's handbag (여성용 핸드백)",
        "Phone case (휴대폰 케이스)", "Protein powder (단백질 보충제)", "Kids toy set (어린이 완구)", "Cosmetics set (화장품 세트)",
        "Coffee beans (원두커피)", "Wrist watch (손목시계)", "T-shirts (티셔츠)", "Camera lens (카메라 렌즈)", "Pet food (반려동물 사료)",
        "Kitchen utensils (주방용품)", "Hiking jacket (등산 재킷)", "Perfume (향수)",
    ];
    private static readonly (string Prefix, string Suffix)[] Carriers = [("JD", ""), ("1Z", ""), ("EE", "CN"), ("CJ", "KR"), ("LP", "CN"), ("FX", "")];
    private static readonly (string Office, double Weight)[] Offices = [("040", 60), ("031", 30), ("020", 7), ("041", 3)];

    private sealed record Person(string Name, string Code, string Phone, string Address);

    public List<ExpressParcel> Parcels { get; } = [];
    public List<ParcelAbuse> Abuses { get; } = [];
    /// <summary>The code register of the genuine holders (one registered address each); borrowed-code users are not in it.</summary>
    public List<RegisteredCode> Register { get; } = [];

    public static double Threshold(string country) => country == "US" ? 200 : 150;

    public void Generate(DemoRandom random, DemoWorldSettings settings, int firstId)
    {
        var count = settings.ParcelCount;
        if (count == 0) return;
        var people = Enumerable.Range(0, Math.Max(50, count / 3)).Select(i => NewPerson(random, i)).ToList();
        Register.AddRange(people.DistinctBy(p => p.Code).Select(p => new RegisteredCode
        {
            PersonalCustomsCode = p.Code, HolderName = p.Name, Phone = p.Phone, Source = RecordSource.Demo,
            Addresses = [new RegisteredAddress { Address = p.Address }],
        }));
        var buyers = new WeightedPicker<Person>(people, _ => Math.Exp(random.Normal()));
        var offices = new WeightedPicker<(string Office, double Weight)>(Offices, o => o.Weight);
        var misusedCodes = people.Take(Math.Max(3, count / 2_000)).Select(p => p.Code).ToList();
        var splitCases = Math.Max(4, count / 800);
        var misuses = Math.Max(24, count / 80);
        var concealments = Math.Max(3, count / 120);

        var ordinary = count - misuses - concealments - splitCases * 4;
        for (var i = 0; i < ordinary; i++) Add(random, settings, buyers.Pick(random), offices, null);
        for (var i = 0; i < misuses; i++)
        {
            // A borrowed or bought code: fresh name, phone and address each time.
            var code = misusedCodes[i % misusedCodes.Count];
            var user = NewPerson(random, people.Count + i) with { Code = code };
            var parcel = Add(random, settings, user, offices, null);
            Abuses.Add(new ParcelAbuse(parcel, FraudPattern.IdentityMisuse, $"Personal customs code {code} used by many different recipients", null, null));
        }
        for (var i = 0; i < concealments; i++)
        {
            var hidden = ConcealedGoods.Draw(random, scale: 0.05);
            var parcel = Add(random, settings, buyers.Pick(random), offices, null);
            Abuses.Add(new ParcelAbuse(parcel, FraudPattern.Concealment, $"Hidden: {hidden.Description}", hidden.EstimatedValue, hidden));
        }
        for (var i = 0; i < splitCases; i++) AddSplitShipment(random, settings, buyers.Pick(random), offices);

        var ordered = Parcels.OrderBy(p => p.ArrivedOn).ToList();
        Parcels.Clear();
        Parcels.AddRange(ordered);
        for (var i = 0; i < Parcels.Count; i++)
        {
            var carrier = Carriers[i % Carriers.Length];
            Parcels[i].Id = firstId + i;
            Parcels[i].TrackingNumber = $"{carrier.Prefix}{100_000_000 + i:D9}{carrier.Suffix}";
        }
    }

    /// <summary>One order split into 3-5 parcels from the same shop, each just under the threshold, within two days.</summary>
    private void AddSplitShipment(DemoRandom random, DemoWorldSettings settings, Person buyer, WeightedPicker<(string Office, double Weight)> offices)
    {
        var shop = random.Pick(Shops);
        var goods = random.Pick(Goods);
        var day = settings.FirstDay.AddDays(random.Next(settings.DayCount - 2));
        var parts = random.Next(3, 6);
        var values = Enumerable.Range(0, parts).Select(_ => Math.Round(Threshold(shop.Country) * random.Uniform(0.85, 0.995), 2)).ToList();
        for (var i = 0; i < parts; i++)
        {
            var parcel = NewParcel(random, buyer, shop, goods, values[i], day.AddDays(random.Next(0, 2)), offices);
            Parcels.Add(parcel);
            Abuses.Add(new ParcelAbuse(parcel, FraudPattern.SplitShipment,
                $"{parts} parcels from {shop.Shop} to {buyer.Code} around {day:yyyy-MM-dd}, total USD {values.Sum():0.00}", values.Sum(), null));
        }
        for (var i = parts; i < 4; i++) Add(random, settings, buyer, offices, null);
    }

    private ExpressParcel Add(DemoRandom random, DemoWorldSettings settings, Person buyer, WeightedPicker<(string Office, double Weight)> offices, string? goods)
    {
        var shop = random.Pick(Shops);
        var threshold = Threshold(shop.Country);
        // Most orders sit well under the threshold; about one in twelve exceeds it and is taxed normally.
        var value = random.Chance(0.92) ? Math.Min(threshold - 1, random.LogNormal(45, 0.7)) : threshold * random.Uniform(1.05, 4);
        var parcel = NewParcel(random, buyer, shop, goods ?? random.Pick(Goods), Math.Round(Math.Max(3, value), 2),
            settings.FirstDay.AddDays(random.Next(settings.DayCount)), offices);
        Parcels.Add(parcel);
        return parcel;
    }

    private ExpressParcel NewParcel(DemoRandom random, Person buyer, (string Shop, string Country) shop, string goods, double value, DateOnly day,
        WeightedPicker<(string Office, double Weight)> offices) => new()
    {
        TrackingNumber = "",
        RecipientName = buyer.Name,
        PersonalCustomsCode = buyer.Code,
        RecipientPhone = buyer.Phone,
        RecipientAddress = buyer.Address,
        SenderName = shop.Shop,
        OriginCountryCode = shop.Country,
        GoodsDescription = goods,
        Quantity = random.Chance(0.7) ? 1 : random.Next(2, 6),
        DeclaredValueUsd = value,
        ArrivedOn = day,
        OfficeId = reference.OfficeId(offices.Pick(random).Office),
        Source = RecordSource.Demo,
    };

    private static Person NewPerson(DemoRandom random, int index) =>
        new(KoreanNames.PersonName(random), $"P{(100_000_000_000 + index * 7_919L + random.Next(7_919)) % 1_000_000_000_000:D12}",
            KoreanNames.MobilePhone(random), KoreanNames.Address(random).Address);
}
