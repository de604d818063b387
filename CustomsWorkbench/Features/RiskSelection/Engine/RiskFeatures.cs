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
    /// <summary>
    /// Confidence that the main line's description reads as another, higher-duty code than the declared one (Trader
    /// support's HS classifier). Optional (<see cref="RiskOptions.Misclassification"/>): 0 for every row when switched off.
    /// </summary>
    public const int Misclassification = 24;

    public const int Count = 25;

    public static readonly string[] Names =
    [
        "UnitValueRatio", "KgValueRatio", "KgPerUnitRatio", "PeerLevel", "DutyRate", "FtaMargin", "FtaClaimed",
        "OriginFtaPartner", "LoadedElsewhere", "ImporterHitRate", "ImporterInspections", "DeclarantHitRate", "TariffHitRate",
        "OriginHitRate", "OfficeHitRate", "RouteHitRate", "ImporterAgeDays", "ImporterVolume90", "Month", "Weekday", "LogCif",
        "TransportMode", "ImporterNetworkRisk", "SupplierNetworkRisk", "Misclassification",
    ];

    /// <summary>What each feature measures, in words for people (same order as <see cref="Names"/>).</summary>
    public static readonly (string En, string Ko)[] Labels =
    [
        ("Unit value vs peers", "단가 대비 유사품"), ("Value per kg vs peers", "kg당 가격 대비 유사품"), ("Kg per unit vs peers", "단위당 중량 대비 유사품"),
        ("Peer comparison level", "유사품 비교 수준"), ("Duty rate", "관세율"), ("FTA margin", "FTA 세율 차이"), ("FTA claimed", "FTA 적용 신청"),
        ("Origin is an FTA partner", "원산지 FTA 체결국"), ("Loaded outside origin", "원산지 외 선적"), ("Importer hit rate", "수입자 적발률"),
        ("Importer inspections", "수입자 검사 횟수"), ("Broker hit rate", "관세사 적발률"), ("Tariff code hit rate", "세번 적발률"),
        ("Origin hit rate", "원산지 적발률"), ("Office hit rate", "세관 적발률"), ("Route hit rate", "운송 경로 적발률"),
        ("Importer age (days)", "수입자 업력(일)"), ("Importer 90-day volume", "수입자 90일 신고 건수"), ("Month", "신고 월"),
        ("Weekday", "신고 요일"), ("Customs value (log)", "과세가격(로그)"), ("Transport mode", "운송 수단"),
        ("Importer network risk", "수입자 네트워크 위험도"), ("Supplier network risk", "공급자 네트워크 위험도"),
        ("Description reads as a higher-duty code", "설명상 고세율 세번 가능성"),
    ];

    /// <summary>Calendar features: a week always differs from a year of training in these, so they are not watched for drift.</summary>
    public static bool IsCalendar(int feature) => feature is Month or Weekday;
}
