using System.Globalization;
using CustomsWorkbench.Features.PersonalImports.Flags;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// The parcel risk model's inputs: what the parcel says, what its code and seller looked like up to its arrival day, its
/// price against earlier parcels of the same goods, and the flags the rules raised. Indices into one float vector.
/// </summary>
public static class ParcelRiskFeatures
{
    public const int LogValueUsd = 0, ValueToLimit = 1, Quantity = 2, OriginUs = 3, SellerParcels = 4, SellerRecipients = 5,
        CodeParcels30 = 6, CodeNames = 7, CodePhones = 8, CodeAddresses = 9, CodeParcelsSameDay = 10, SameDayValueToLimit = 11,
        UnitPriceVsPeers = 12, FlagCount = 13, FirstFlag = 14;

    /// <summary>One 0/1 input per flag code, in this order from <see cref="FirstFlag"/>.</summary>
    public static readonly IReadOnlyList<string> FlagCodes =
    [
        ParcelFlagCodes.PcccMisuse, ParcelFlagCodes.SplitShipment, ParcelFlagCodes.Resale, ParcelFlagCodes.CombinedTaxation,
        ParcelFlagCodes.OverDeMinimis, ParcelFlagCodes.Undervalued, ParcelFlagCodes.RestrictedGoods,
    ];

    public const int Count = FirstFlag + 7;

    /// <summary>The flags in words, in <see cref="FlagCodes"/> order: officers read these, not the export codes.</summary>
    private static readonly (string En, string Ko)[] FlagNames =
    [
        ("personal customs code used by others", "개인통관고유부호 도용 의심"), ("split shipment", "분할 반입"), ("resale quantities", "판매 목적 수량"),
        ("combined taxation", "합산과세"), ("over the list-clearance limit", "목록통관 한도 초과"), ("undervalued", "저가 신고"),
        ("restricted goods", "수입 제한 물품"),
    ];

    public static readonly string[] Names =
    [
        "log-value-usd", "value-to-limit", "quantity", "origin-us", "seller-parcels", "seller-recipients", "code-parcels-30d",
        "code-names", "code-phones", "code-addresses", "code-parcels-same-day", "same-day-value-to-limit", "unit-price-vs-peers",
        "flag-count", .. FlagCodes.Select(c => "flag-" + c),
    ];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The feature's value in words with its unit, in English and Korean (the panel shows the push beside it).</summary>
    public static (string En, string Ko) Label(int feature, float value)
    {
        if (feature >= FirstFlag)
        {
            var (flagEn, flagKo) = FlagNames[feature - FirstFlag];
            return value > 0 ? ($"Flagged: {flagEn}", $"플래그: {flagKo}") : ($"Not flagged: {flagEn}", $"플래그 없음: {flagKo}");
        }
        var n = value.ToString("0", Invariant);
        return feature switch
        {
            LogValueUsd => ($"Declared value USD {Usd(Math.Exp(value) - 1)}", $"신고가격 USD {Usd(Math.Exp(value) - 1)}"),
            ValueToLimit => ($"Value is {Pct(value)} of the list-clearance limit", $"목록통관 한도의 {Pct(value)}"),
            Quantity => ($"{n} units in the parcel", $"수량 {n}개"),
            OriginUs => value > 0 ? ("Shipped from the US (USD 200 limit)", "미국발 (한도 USD 200)") : ("Shipped from outside the US (USD 150 limit)", "미국 외 발송 (한도 USD 150)"),
            SellerParcels => ($"Seller sent {Times(value)} parcels in the last 90 days", $"판매자 최근 90일 발송 {Times(value)}건"),
            SellerRecipients => ($"Seller shipped to {Times(value)} different codes in the last 90 days", $"판매자 최근 90일 수취 부호 {Times(value)}개"),
            CodeParcels30 => ($"{n} parcels on this code in the last 30 days", $"최근 30일 이 부호로 {n}건"),
            CodeNames => ($"{n} different recipient names on this code in the last 90 days", $"최근 90일 이 부호의 수취인 이름 {n}개"),
            CodePhones => ($"{n} different phone numbers on this code in the last 90 days", $"최근 90일 이 부호의 전화번호 {n}개"),
            CodeAddresses => ($"{n} different addresses on this code in the last 90 days", $"최근 90일 이 부호의 주소 {n}개"),
            CodeParcelsSameDay => ($"{n} parcels on this code the same day", $"같은 날 이 부호로 {n}건"),
            SameDayValueToLimit => ($"Same day, same code and country: {Pct(value)} of the limit together", $"같은 날·부호·국가 합계가 한도의 {Pct(value)}"),
            UnitPriceVsPeers => float.IsNaN(value)
                ? ("Unit price: too few earlier parcels of these goods to compare", "단가: 비교할 과거 동일 물품 부족")
                : Ratio(value),
            FlagCount => ($"{n} flags raised by the rules", $"규칙 플래그 {n}개"),
            _ => (Names[feature], Names[feature]),
        };
    }

    private static (string, string) Ratio(float logRatio)
    {
        var percent = (Math.Exp(logRatio) - 1) * 100;
        var size = Math.Abs(percent).ToString("0", Invariant);
        if (Math.Abs(percent) < 0.5) return ("Unit price in line with earlier parcels of these goods", "단가가 과거 동일 물품과 비슷함");
        return percent < 0
            ? ($"Unit price {size}% below earlier parcels of these goods", $"단가가 과거 동일 물품보다 {size}% 낮음")
            : ($"Unit price {size}% above earlier parcels of these goods", $"단가가 과거 동일 물품보다 {size}% 높음");
    }

    private static string Usd(double value) => Math.Max(0, value).ToString("N2", Invariant);
    private static string Pct(float fraction) => (fraction * 100).ToString("0", Invariant) + "%";
    /// <summary>Counts that grow without bound are stored as log(1 + n).</summary>
    private static string Times(float logCount) => Math.Round(Math.Exp(logCount) - 1).ToString("0", Invariant);
}
