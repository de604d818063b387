using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>Overseas sellers: per goods family, mostly manufacturers in the usual origin countries, some trading houses.</summary>
public static class SupplierGenerator
{
    private static readonly string[] IntermediaryCountries = ["HK", "SG", "AE", "NL"];
    private static readonly string[] Markers = ["Golden", "Star", "Ocean", "Grand", "Prime", "Unity", "Eastern", "Lucky", "Harmony", "Silver", "Bright", "Royal"];

    private static readonly Dictionary<string, string[]> Cities = new()
    {
        ["CN"] = ["Shenzhen", "Guangzhou", "Ningbo", "Yiwu", "Qingdao", "Shanghai", "Dongguan", "Xiamen"],
        ["VN"] = ["Hanoi", "Haiphong", "Saigon", "Binh Duong", "Dong Nai"],
        ["JP"] = ["Osaka", "Nagoya", "Tokyo", "Kobe", "Yokohama"],
        ["US"] = ["Pacific", "Golden State", "Midwest", "Lone Star", "Atlantic", "Cascade"],
        ["DE"] = ["Hamburg", "Bavaria", "Rhein", "Stuttgart"],
        ["FR"] = ["Lyon", "Provence", "Paris", "Bordeaux"],
        ["IT"] = ["Milano", "Veneto", "Toscana", "Napoli"],
    };

    private static readonly Dictionary<string, string> LegalSuffix = new()
    {
        ["DE"] = "GmbH", ["AT"] = "GmbH", ["CH"] = "AG", ["FR"] = "SAS", ["IT"] = "S.r.l.", ["GB"] = "Ltd", ["US"] = "Inc.",
        ["NL"] = "B.V.", ["ES"] = "S.L.", ["VN"] = "JSC", ["BR"] = "Ltda.", ["MX"] = "S.A. de C.V.",
    };

    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["machinery"] = ["Machinery", "Precision", "Heavy Industries", "Engineering"],
        ["electronics"] = ["Electronics", "Digital", "Technology", "Semiconductor"],
        ["textiles"] = ["Textile", "Fabrics", "Weaving"],
        ["apparel"] = ["Garment", "Fashion", "Apparel"],
        ["footwear"] = ["Footwear", "Shoes"],
        ["foodstuffs"] = ["Foods", "Food Industries", "Provisions"],
        ["agriculture"] = ["Agricultural Products", "Farm Produce", "Agro"],
        ["chemicals"] = ["Chemical", "Petrochemical"],
        ["cosmetics"] = ["Cosmetics", "Beauty", "Parfums"],
        ["tobacco"] = ["Tobacco", "Leaf Trading"],
        ["alcohol"] = ["Distillers", "Wines", "Brewery"],
        ["toys"] = ["Toys", "Playthings"],
        ["furniture"] = ["Furniture", "Home Living"],
        ["metals"] = ["Steel", "Metals", "Alloy"],
        ["plastics"] = ["Plastics", "Polymer"],
        ["vehicles_parts"] = ["Auto Parts", "Motor Components"],
        ["medical"] = ["Medical", "Healthcare", "Surgical"],
        ["jewelry"] = ["Jewellery", "Gold", "Gems"],
    };

    public static List<SupplierProfile> Generate(DemoRandom random, DemoReference reference, int count, int firstId)
    {
        var suppliers = new List<SupplierProfile>(count);
        var perCategory = Math.Max(6, count / GoodsCategories.All.Count);
        foreach (var category in GoodsCategories.All)
        {
            var origins = new WeightedPicker<(string Country, double Weight)>(category.Origins, o => o.Weight);
            for (var i = 0; i < perCategory; i++)
            {
                var intermediary = random.Chance(0.08);
                var country = intermediary ? random.Pick(IntermediaryCountries) : origins.Pick(random).Country;
                var countryName = reference.Countries.TryGetValue(country, out var c) ? c.NameEn : country;
                var city = Cities.TryGetValue(country, out var cities) ? random.Pick(cities) : countryName;
                var word = intermediary ? "Trading" : random.Pick(Words[category.Name]);
                var marker = random.Chance(0.5) ? random.Pick(Markers) + " " : "";
                var suffix = LegalSuffix.GetValueOrDefault(country, "Co., Ltd.");
                suppliers.Add(new SupplierProfile
                {
                    Entity = new Supplier
                    {
                        Id = firstId + suppliers.Count,
                        Name = $"{city} {marker}{word} {suffix}",
                        CountryCode = country,
                        Address = $"{random.Next(1, 999)} {random.Pick(Markers)} Road, {city}, {countryName}",
                    },
                    Category = category.Name,
                    Intermediary = intermediary,
                });
            }
        }
        return suppliers;
    }
}
