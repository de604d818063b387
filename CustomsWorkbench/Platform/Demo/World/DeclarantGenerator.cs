using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>About sixty licensed customs brokers; a handful are repeat offenders whose clients cheat far more often.</summary>
public static class DeclarantGenerator
{
    public const int Count = 60;
    public const int RepeatOffenders = 4;

    public static List<DeclarantProfile> Generate(DemoRandom random, int firstId)
    {
        var brokers = new List<DeclarantProfile>(Count);
        var offenders = new HashSet<int>();
        while (offenders.Count < RepeatOffenders) offenders.Add(random.Next(Count));
        for (var i = 0; i < Count; i++)
        {
            var (stemKo, _) = KoreanNames.CompanyStems[(i * 7 + 3) % KoreanNames.CompanyStems.Count];
            var name = (i % 3) switch
            {
                0 => $"관세법인 {stemKo}",
                1 => $"{KoreanNames.PersonName(random)} 관세사무소",
                _ => $"{stemKo}관세사무소",
            };
            var isOffender = offenders.Contains(i);
            brokers.Add(new DeclarantProfile
            {
                Entity = new Declarant
                {
                    Id = firstId + i,
                    Code = (41000 + i * 17).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Name = name,
                    LicenseNumber = $"{random.Next(1995, 2024)}-{random.Digits(4)}",
                },
                RepeatOffender = isOffender,
                FraudBoost = isOffender ? random.Uniform(0.08, 0.14) : 0,
                Activity = Math.Exp(0.8 * random.Normal()),
            });
        }
        return brokers;
    }
}
