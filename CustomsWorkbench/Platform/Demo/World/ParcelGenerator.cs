using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.Parcels;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>A planted parcel-level abuse, for ground truth and seizures.</summary>
public sealed record ParcelAbuse(ExpressParcel Parcel, FraudPattern Pattern, string Detail, double? TrueValue, HiddenGoods? Hidden);

/// <summary>
/// Express parcels for private buyers: mostly small e-commerce orders under the de-minimis (USD 150, USD 200 from the US),
/// cleared at Incheon. The parcels and their planted abuse (misused codes, split shipments, combined taxation, resale,
/// undervaluation, restricted goods, with hard negatives) come from <see cref="ParcelPlanter"/>, the same planter as the
/// personal-imports scenario; prohibited goods hidden in ordinary-looking parcels are added here for seizures.
/// </summary>
public sealed class ParcelGenerator(DemoReference reference)
{
    private static readonly (string Prefix, string Suffix)[] Carriers = [("JD", ""), ("1Z", ""), ("EE", "CN"), ("CJ", "KR"), ("LP", "CN"), ("FX", "")];
    private static readonly (string Office, double Weight)[] Offices = [("040", 60), ("031", 30), ("020", 7), ("041", 3)];

    public List<ExpressParcel> Parcels { get; } = [];
    public List<ParcelAbuse> Abuses { get; } = [];
    /// <summary>Every holder's code registration (name, phone, registered addresses): the demo world's code register.</summary>
    public List<RegisteredCode> Register { get; } = [];

    public static double Threshold(string country) => ParcelPlanter.Limit(country);

    public void Generate(DemoRandom random, DemoWorldSettings settings, int firstId)
    {
        var count = settings.ParcelCount;
        if (count == 0) return;
        var planted = new ParcelPlanter(random, settings.FirstDay, settings.DayCount).Plant(count);
        Register.AddRange(planted.Register.Select(r => new RegisteredCode
        {
            PersonalCustomsCode = r.Pccc, HolderName = r.Name, Phone = r.Phone, Source = RecordSource.Demo,
            Addresses = r.Addresses.Select(a => new RegisteredAddress { Address = a }).ToList(),
        }));
        var offices = new WeightedPicker<(string Office, double Weight)>(Offices, o => o.Weight);
        for (var i = 0; i < planted.Parcels.Count; i++)
        {
            var p = planted.Parcels[i];
            var carrier = Carriers[i % Carriers.Length];
            var parcel = new ExpressParcel
            {
                Id = firstId + i,
                TrackingNumber = $"{carrier.Prefix}{100_000_000 + i:D9}{carrier.Suffix}",
                RecipientName = p.Name,
                PersonalCustomsCode = p.Pccc,
                RecipientPhone = p.Phone,
                RecipientAddress = p.Address,
                SenderName = p.Seller,
                OriginCountryCode = p.Country,
                GoodsDescription = p.Goods,
                Quantity = p.Quantity,
                DeclaredValueUsd = p.ValueUsd,
                ArrivedOn = p.Day,
                OfficeId = reference.OfficeId(offices.Pick(random).Office),
                Source = RecordSource.Demo,
            };
            Parcels.Add(parcel);
            Abuses.AddRange(p.Truth.Select(t => new ParcelAbuse(parcel, t.Pattern, t.Detail, t.TrueValue, null)));
        }
        HideGoods(random, planted, Math.Max(3, count / 120));
    }

    /// <summary>Prohibited goods hidden in parcels that otherwise look ordinary (no other planted pattern).</summary>
    private void HideGoods(DemoRandom random, PlantedParcels planted, int concealments)
    {
        var clean = Enumerable.Range(0, Parcels.Count).Where(i => planted.Parcels[i].Truth.Count == 0).ToList();
        for (var i = 0; i < concealments && clean.Count > 0; i++)
        {
            var at = random.Next(clean.Count);
            var parcel = Parcels[clean[at]];
            clean.RemoveAt(at);
            var hidden = ConcealedGoods.Draw(random, scale: 0.05);
            Abuses.Add(new ParcelAbuse(parcel, FraudPattern.Concealment, $"Hidden: {hidden.Description}", hidden.EstimatedValue, hidden));
        }
    }
}
