using System.Globalization;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Reference;

namespace CustomsWorkbench.Features.PersonalImports.Duty;

/// <summary>
/// The duty arithmetic of a personal import, as plain code. The value is compared in USD with the list-clearance limit
/// (<see cref="DeMinimis"/>); at or under it the parcel clears by list with no tax, unless the same person's parcels from
/// the same country on the same day add up past it (combined taxation). Otherwise: customs value in KRW at the weekly
/// rate in force on the arrival date (won fractions dropped), duty at the HS code's rate (else the goods type's default),
/// VAT 10 % on value plus duty; each tax is cut to 10 won (국고금 끝수 10원 미만 절사). Each parcel is taxed on its own value.
/// </summary>
public static class DutyCalculator
{
    public const decimal VatRate = 0.10m;

    public static DutyAnswer Calculate(DutyQuestion q, DutyTables tables)
    {
        var currency = q.Currency.Trim().ToUpperInvariant();
        var rate = tables.RateOn(currency, q.ArrivalDate) ?? throw NoRate(currency, q.ArrivalDate);
        var valueUsd = currency == "USD" ? q.Value : InUsd(q, rate, tables.RateOn("USD", q.ArrivalDate) ?? throw NoRate("USD", q.ArrivalDate));
        var limit = DeMinimis.LimitUsd(q.OriginCountry);
        var others = q.OtherParcelsSameDayUsd ?? [];
        var sameDay = valueUsd + others.Sum();
        var route = RouteOf(valueUsd, q.OriginCountry, others);

        var customsValue = Math.Floor(q.Value * (decimal)rate.KrwPerUnit / rate.Units);
        var (dutyRate, rateEn, rateKo) = DutyRateOf(q, tables);
        var taxed = route != ClearanceRoute.List;
        var duty = taxed ? TenWon(customsValue * dutyRate) : 0;
        var vat = taxed ? TenWon((customsValue + duty) * VatRate) : 0;

        var (whyEn, whyKo) = Why(route, valueUsd, limit, sameDay, others.Count, q.OriginCountry);
        var noTaxEn = "list clearance: no duty or VAT";
        var noTaxKo = "목록통관: 관세·부가세 없음";
        var rateText = rate.Units == 1 ? $"{rate.KrwPerUnit:N2} KRW per {currency}" : $"{rate.KrwPerUnit:N2} KRW per {rate.Units} {currency}";
        var lines = new List<DutyLine>
        {
            new("Declared value", "신고 가격", q.Value, currency, $"{Usd(valueUsd)} against the {Usd(limit)} limit", $"{Usd(valueUsd)}, 한도 {Usd(limit)}"),
            new("Exchange rate", "과세환율", (decimal)rate.KrwPerUnit, $"KRW/{rate.Units} {currency}",
                $"customs weekly rate in force {rate.EffectiveFrom:yyyy-MM-dd} to {rate.EffectiveTo:yyyy-MM-dd}: {rateText}",
                $"{rate.EffectiveFrom:yyyy-MM-dd}~{rate.EffectiveTo:yyyy-MM-dd} 적용 과세환율: {rateText}"),
            new("Customs value", "과세가격", customsValue, "KRW", $"{q.Value.ToString("0.##", CultureInfo.InvariantCulture)} {currency} × rate, won fractions dropped",
                $"{q.Value.ToString("0.##", CultureInfo.InvariantCulture)} {currency} × 환율, 원 미만 절사"),
            new("Duty rate", "관세율", dutyRate, "", rateEn, rateKo),
            new("Duty", "관세", duty, "KRW", taxed ? $"customs value × {Percent(dutyRate)}, cut to 10 won" : noTaxEn,
                taxed ? $"과세가격 × {Percent(dutyRate)}, 10원 미만 절사" : noTaxKo),
            new("VAT", "부가가치세", vat, "KRW", taxed ? "10 % of (customs value + duty), cut to 10 won" : noTaxEn,
                taxed ? "(과세가격 + 관세) × 10%, 10원 미만 절사" : noTaxKo),
            new("Total", "합계", duty + vat, "KRW", whyEn, whyKo),
        };
        return new DutyAnswer(route, valueUsd, limit, sameDay, customsValue, dutyRate, duty, vat, duty + vat, lines, whyEn, whyKo);
    }

    /// <summary>The route alone, from USD values (no exchange rate needed).</summary>
    public static ClearanceRoute RouteOf(decimal valueUsd, string originCountry, IReadOnlyList<decimal> otherParcelsSameDayUsd)
    {
        var limit = DeMinimis.LimitUsd(originCountry);
        if (valueUsd > limit) return ClearanceRoute.General;
        return otherParcelsSameDayUsd.Count > 0 && valueUsd + otherParcelsSameDayUsd.Sum() > limit ? ClearanceRoute.Combined : ClearanceRoute.List;
    }

    private static decimal InUsd(DutyQuestion q, ExchangeRateQuote rate, ExchangeRateQuote usd) =>
        Math.Round(q.Value * (decimal)rate.KrwPerUnit / rate.Units / ((decimal)usd.KrwPerUnit / usd.Units), 2, MidpointRounding.AwayFromZero);

    private static (decimal Rate, string En, string Ko) DutyRateOf(DutyQuestion q, DutyTables tables)
    {
        if (tables.TariffRate(q.HsCode) is { } line)
            return (line.Rate, $"{Percent(line.Rate)}: tariff rate of HS {line.Code}", $"{Percent(line.Rate)}: HS {line.Code} 세율");
        var goods = tables.DefaultFor(q.GoodsDescription);
        return (goods.DutyRate, $"{Percent(goods.DutyRate)}: default rate for {goods.NameEn} (no HS code given)",
            $"{Percent(goods.DutyRate)}: {goods.NameKo} 기본 세율 (HS 코드 없음)");
    }

    private static (string En, string Ko) Why(ClearanceRoute route, decimal valueUsd, decimal limit, decimal sameDay, int others, string origin)
    {
        var from = string.Equals(origin, "US", StringComparison.OrdinalIgnoreCase) ? "shipped from the US" : $"shipped from {origin.ToUpperInvariant()}";
        return route switch
        {
            ClearanceRoute.General => ($"General clearance: {Usd(valueUsd)} is over the {Usd(limit)} list-clearance limit for goods {from}; duty and VAT are due.",
                $"일반통관: {Usd(valueUsd)}이(가) 목록통관 한도 {Usd(limit)}을(를) 넘어 관세와 부가세가 부과됩니다."),
            ClearanceRoute.Combined => ($"Combined taxation: with {others} other parcel(s) for the same person from the same country on the same day the total is {Usd(sameDay)}, over the {Usd(limit)} limit; each parcel is taxed.",
                $"합산과세: 같은 날 같은 나라에서 같은 사람에게 온 다른 물품 {others}건과 합하면 {Usd(sameDay)}로 한도 {Usd(limit)}을(를) 넘어 과세됩니다."),
            _ => ($"List clearance: {Usd(valueUsd)} is within the {Usd(limit)} limit for goods {from}; no duty or VAT.",
                $"목록통관: {Usd(valueUsd)}은(는) 한도 {Usd(limit)} 이내로 관세와 부가세가 없습니다."),
        };
    }

    private static decimal TenWon(decimal amount) => Math.Floor(amount / 10) * 10;

    private static string Usd(decimal value) => "USD " + value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Percent(decimal rate) => (rate * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    private static DutyEstimateUnavailableException NoRate(string currency, DateOnly date) =>
        new($"No customs exchange rate for {currency} is in force on {date:yyyy-MM-dd}.", $"{date:yyyy-MM-dd}에 적용되는 {currency} 과세환율이 없습니다.");
}
