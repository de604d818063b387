namespace CustomsWorkbench.Features.PersonalImports.Duty;

/// <summary>
/// What the duty arithmetic needs about one parcel (or a citizen's question): the goods, the value in its currency,
/// where it ships from, the arrival date (for the exchange rate in force), the HS code when known, and the USD values of
/// the same person's other parcels arriving the same day from the same country (합산과세).
/// </summary>
public sealed record DutyQuestion(string GoodsDescription, decimal Value, string Currency, string OriginCountry, DateOnly ArrivalDate,
    string? HsCode = null, IReadOnlyList<decimal>? OtherParcelsSameDayUsd = null);
