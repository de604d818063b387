namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// Decides which declarations were physically inspected and records the outcome, as a customs service would:
/// selection leans on visible risk (low value against peers, young importer, FTA claim shipped from elsewhere, high
/// duty, known offenders, the odd intelligence tip) plus a share of purely random checks. Only inspected declarations
/// get labels; inspection finds the fraud when there is one.
/// </summary>
public static class InspectionSimulator
{
    public const double RandomInspectionRate = 0.06;
    public const double TipRate = 0.15;
    /// <summary>Smuggling of prohibited goods is mostly found through intelligence, not through values on paper.</summary>
    public const double ConcealmentTipRate = 0.4;

    public static void Apply(DemoRandom random, IReadOnlyList<GeneratedDeclaration> declarations, DemoReference reference)
    {
        foreach (var g in declarations)
        {
            var d = g.Entity;
            var inspected = random.Chance(RandomInspectionRate) || random.Chance(0.6 * Math.Min(1, VisibleRisk(g, reference, random)));
            d.Inspected = inspected;
            d.Illicit = inspected ? g.Fraudulent : null;
            d.AdditionalRevenue = inspected ? (g.Fraudulent ? g.EvadedTaxes : 0) : null;
        }
    }

    private static double VisibleRisk(GeneratedDeclaration g, DemoReference reference, DemoRandom random)
    {
        var d = g.Entity;
        var risk = 0.0;
        if (g.PriceRatio < 0.6) risk += 0.3;
        else if (g.PriceRatio < 0.8) risk += 0.1;
        var ageDays = d.Date.DayNumber - (g.Importer.Entity.EstablishedOn ?? d.Date).DayNumber;
        if (ageDays < 365) risk += 0.25;
        // Visible on the bill of lading: preference claimed for goods loaded in another country.
        if (d.FtaPreferenceClaimed && g.Plan.LoadingCountry != d.OriginCountryCode) risk += 0.2;
        if (reference.Tariffs[d.MainTariffCode].DutyRate >= 0.2) risk += 0.1;
        if (g.Importer.Risk == TraderRisk.RepeatOffender) risk += 0.2;
        if (g.Broker.RepeatOffender) risk += 0.1;
        var tipRate = g.Hidden is not null ? ConcealmentTipRate : TipRate;
        if (g.Fraudulent && random.Chance(tipRate)) risk += 0.6;
        return risk;
    }
}
