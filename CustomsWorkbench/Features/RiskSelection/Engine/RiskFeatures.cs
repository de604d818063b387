namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>The feature vector's layout: one index per feature, in the order the models see them.</summary>
public static class RiskFeatures
{
    /// <summary>log(declared unit value / peer median unit value).</summary>
    public const int UnitValueRatio = 0;
    /// <summary>log(declared value per kg / peer median).</summary>
    public const int KgValueRatio = 1;
    /// <summary>log(kg per unit / peer median): goods heavier than their declared code's peers hint at misclassification.</summary>
    public const int KgPerUnitRatio = 2;
    /// <summary>0 tariff × origin peers, 1 tariff-only, 2 chapter, 3 none.</summary>
    public const int PeerLevel = 3;
    public const int DutyRate = 4;
    /// <summary>General minus preferential rate: what an FTA claim saves per unit of value.</summary>
    public const int FtaMargin = 5;
    public const int FtaClaimed = 6;
    public const int OriginFtaPartner = 7;
    /// <summary>Loaded in a country other than the declared origin (bill of lading).</summary>
    public const int LoadedElsewhere = 8;
    public const int ImporterHitRate = 9;
    public const int ImporterInspections = 10;
    public const int DeclarantHitRate = 11;
    public const int TariffHitRate = 12;
    public const int OriginHitRate = 13;
    public const int OfficeHitRate = 14;
    public const int RouteHitRate = 15;
    public const int ImporterAgeDays = 16;
    public const int ImporterVolume90 = 17;
    public const int Month = 18;
    public const int Weekday = 19;
    public const int LogCif = 20;
    public const int TransportMode = 21;
    /// <summary>
    /// Network risk of the importer from seizures known before the declaration's month (Intelligence graph, personalised
    /// PageRank). Optional (<see cref="RiskOptions.NetworkRisk"/>): 0 for every row when switched off, so the trees ignore it.
    /// </summary>
    public const int ImporterNetworkRisk = 22;
    /// <summary>The same for the declaration's supplier.</summary>
    public const int SupplierNetworkRisk = 23;

    public const int Count = 24;

    public static readonly string[] Names =
    [
        "UnitValueRatio", "KgValueRatio", "KgPerUnitRatio", "PeerLevel", "DutyRate", "FtaMargin", "FtaClaimed",
        "OriginFtaPartner", "LoadedElsewhere", "ImporterHitRate", "ImporterInspections", "DeclarantHitRate", "TariffHitRate",
        "OriginHitRate", "OfficeHitRate", "RouteHitRate", "ImporterAgeDays", "ImporterVolume90", "Month", "Weekday", "LogCif",
        "TransportMode", "ImporterNetworkRisk", "SupplierNetworkRisk",
    ];
}
