using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// Korean importing companies. Most are established traders with a low fraud rate; a few repeat offenders cheat often,
/// and newly created companies (registered shortly before their first declaration) cheat more than average.
/// </summary>
public static class ImporterGenerator
{
    public const double RepeatOffenderShare = 0.025;
    public const double NewlyCreatedShare = 0.06;

    public static int CountFor(int declarations) => Math.Max(100, declarations / 40);

    public static List<ImporterProfile> Generate(
        DemoRandom random, DemoWorldSettings settings, IReadOnlyList<SupplierProfile> suppliers, IReadOnlyList<DeclarantProfile> brokers, int firstId)
    {
        var count = CountFor(settings.DeclarationCount);
        var suppliersByCategory = suppliers.GroupBy(s => s.Category).ToDictionary(g => g.Key, g => g.ToList());
        var honestBrokers = new WeightedPicker<DeclarantProfile>(brokers.Where(b => !b.RepeatOffender).ToList(), b => b.Activity);
        var crookedBrokers = brokers.Where(b => b.RepeatOffender).ToList();
        var usedNames = new HashSet<string>();
        var importers = new List<ImporterProfile>(count);
        for (var i = 0; i < count; i++)
        {
            var draw = random.NextDouble();
            var risk = draw < RepeatOffenderShare ? TraderRisk.RepeatOffender
                : draw < RepeatOffenderShare + NewlyCreatedShare ? TraderRisk.NewlyCreated : TraderRisk.Normal;
            var activeFrom = risk == TraderRisk.NewlyCreated
                ? settings.FirstDay.AddDays(random.Next(settings.DayCount / 4, Math.Max(settings.DayCount / 4 + 1, settings.DayCount - 20)))
                : settings.FirstDay;
            var established = risk == TraderRisk.NewlyCreated
                ? activeFrom.AddDays(-random.Next(5, 90))
                : new DateOnly(random.Next(1978, settings.FirstDay.Year - 1), random.Next(1, 13), random.Next(1, 29));
            var categories = PickCategories(random);
            var (address, areaCode) = KoreanNames.Address(random);
            var (name, slug) = UniqueName(random, usedNames);
            importers.Add(new ImporterProfile
            {
                Entity = new Importer
                {
                    Id = firstId + i,
                    Code = $"IM{i + 1:D8}",
                    Name = name,
                    BusinessNumber = BusinessNumber(random),
                    Address = address,
                    Phone = $"{areaCode}-{random.Digits(random.Chance(0.5) ? 3 : 4)}-{random.Digits(4)}",
                    Email = $"{random.Pick(EmailBoxes)}@{slug}.co.kr",
                    EstablishedOn = established,
                },
                Risk = risk,
                FraudRate = risk switch
                {
                    TraderRisk.RepeatOffender => random.Uniform(0.30, 0.50),
                    TraderRisk.NewlyCreated => random.Uniform(0.12, 0.25),
                    _ => Math.Min(0.08, random.LogNormal(0.032, 0.6)),
                },
                Activity = Math.Exp(1.1 * random.Normal()),
                ActiveFrom = activeFrom,
                Categories = categories,
                SuppliersByCategory = categories.ToDictionary(c => c, c => PickSuppliers(random, suppliersByCategory[c])),
                // Cheats find brokers who look away more often than honest traders do.
                PrimaryBroker = risk != TraderRisk.Normal && random.Chance(0.5) || random.Chance(0.04)
                    ? random.Pick(crookedBrokers) : honestBrokers.Pick(random),
            });
        }
        return importers;
    }

    private static readonly string[] EmailBoxes = ["info", "trade", "import", "sales", "cs", "admin"];

    private static IReadOnlyList<string> PickCategories(DemoRandom random)
    {
        var count = random.Chance(0.6) ? 1 : random.Chance(0.7) ? 2 : 3;
        var picked = new List<string>();
        while (picked.Count < count)
        {
            var name = random.Pick(GoodsCategories.All).Name;
            if (!picked.Contains(name)) picked.Add(name);
        }
        return picked;
    }

    private static IReadOnlyList<SupplierProfile> PickSuppliers(DemoRandom random, IReadOnlyList<SupplierProfile> pool)
    {
        var count = Math.Min(pool.Count, random.Next(2, 6));
        var picked = new List<SupplierProfile>(count);
        while (picked.Count < count)
        {
            var supplier = random.Pick(pool);
            if (!picked.Contains(supplier)) picked.Add(supplier);
        }
        return picked;
    }

    private static (string Name, string Slug) UniqueName(DemoRandom random, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (stemKo, stemEn) = random.Pick(KoreanNames.CompanyStems);
            var (suffixKo, suffixEn) = random.Pick(KoreanNames.CompanySuffixes);
            var form = random.Next(10);
            var name = form switch
            {
                < 5 => $"(주){stemKo}{suffixKo}",
                < 8 => $"{stemKo}{suffixKo} 주식회사",
                _ => $"{stemEn} {suffixEn} Co., Ltd.",
            };
            // Past a few attempts a duplicate trade name is accepted: real registers have them too.
            if (used.Add(name) || attempt > 8) return (name, (stemEn + suffixEn).ToLowerInvariant());
        }
    }

    /// <summary>A 사업자등록번호 "123-45-67890" with a valid check digit.</summary>
    public static string BusinessNumber(DemoRandom random)
    {
        int[] weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        var digits = new int[10];
        digits[0] = random.Next(1, 10);
        for (var i = 1; i < 9; i++) digits[i] = random.Next(10);
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += digits[i] * weights[i];
        sum += digits[8] * 5 / 10;
        digits[9] = (10 - sum % 10) % 10;
        var s = string.Concat(digits);
        return $"{s[..3]}-{s[3..5]}-{s[5..]}";
    }
}
