namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// Settlement bank accounts of the traders, from their own random stream (so adding them changed no other draw).
/// Every importer banks with a Korean bank and every supplier abroad, one account each, except the planted sharing:
/// a third of the newly created importers settle through the account of a repeat offender (phoenix companies run by
/// the same people), and a few trading houses are paid into the account of another trading house (a layering pattern).
/// </summary>
public static class BankAccountPlanner
{
    public const double PhoenixShare = 1.0 / 3;
    public const double TradingHouseSharing = 0.2;

    /// <summary>Korean bank codes: KB국민, 신한, 우리, 하나, NH농협, IBK기업.</summary>
    private static readonly string[] KoreanBanks = ["004", "088", "020", "081", "011", "003"];

    /// <summary>SWIFT codes by supplier country; others get a generic international bank.</summary>
    private static readonly Dictionary<string, string[]> ForeignBanks = new()
    {
        ["CN"] = ["ICBKCNBJ", "BKCHCNBJ", "PCBCCNBJ"],
        ["HK"] = ["HSBCHKHH", "BKCHHKHH"],
        ["SG"] = ["DBSSSGSG", "OCBCSGSG"],
        ["US"] = ["CHASUS33", "BOFAUS3N"],
        ["JP"] = ["BOTKJPJT", "SMBCJPJT"],
        ["VN"] = ["BFTVVNVX"],
        ["DE"] = ["DEUTDEFF", "COBADEFF"],
        ["AE"] = ["EBILAEAD"],
        ["NL"] = ["INGBNL2A", "ABNANL2A"],
    };

    public static void Assign(DemoRandom random, IReadOnlyList<ImporterProfile> importers, IReadOnlyList<SupplierProfile> suppliers)
    {
        foreach (var importer in importers)
            importer.Entity.BankAccount = $"{random.Pick(KoreanBanks)}-{random.Digits(6)}-{random.Digits(2)}-{random.Digits(3)}";
        var offenders = importers.Where(i => i.Risk == TraderRisk.RepeatOffender).ToList();
        if (offenders.Count > 0)
        {
            foreach (var shell in importers.Where(i => i.Risk == TraderRisk.NewlyCreated))
                if (random.Chance(PhoenixShare)) shell.Entity.BankAccount = random.Pick(offenders).Entity.BankAccount;
        }

        foreach (var supplier in suppliers)
        {
            var banks = ForeignBanks.GetValueOrDefault(supplier.Entity.CountryCode) ?? ["CITIUS33", "HSBCGB2L"];
            supplier.Entity.BankAccount = $"{random.Pick(banks)} {random.Digits(3)}-{random.Digits(6)}-{random.Digits(3)}";
        }
        var houses = suppliers.Where(s => s.Intermediary).ToList();
        if (houses.Count < 2) return;
        foreach (var house in houses)
        {
            if (!random.Chance(TradingHouseSharing)) continue;
            var other = random.Pick(houses);
            if (other != house) house.Entity.BankAccount = other.Entity.BankAccount;
        }
    }
}
