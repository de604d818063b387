using System.Globalization;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>
/// A citizen's duty question as an officer enters it (page) or a caller posts it (POST /api/parcels/duty-estimate):
/// goods type, value and currency, origin, optionally the quantity, the USD values of the same person's other parcels
/// arriving the same day from the same country, and the arrival date (default today).
/// </summary>
public sealed record DutyEstimateRequest(string? GoodsType, decimal Value, string? Currency, string? OriginCountry, int? Quantity = null,
    IReadOnlyList<decimal>? OtherParcelsSameDayUsd = null, DateOnly? ArrivalDate = null);

/// <summary>What a duty question must satisfy; every problem names its field and a string key of CitizenStrings.</summary>
public static class DutyEstimateRules
{
    public const int MaxQuantity = 100_000;
    public const int MaxOtherParcels = 20;
    /// <summary>Exchange rates are weekly and published ahead only so far; a year either side covers every real question.</summary>
    public const int MaxDaysFromToday = 366;

    public static IReadOnlyList<FieldProblem> Problems(DutyEstimateRequest? r, CitizenGoodsTypes goods, DateOnly today)
    {
        if (r is null) return [new("body", "ProblemRequired")];
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(r.GoodsType)) problems.Add(new("goodsType", "ProblemRequired"));
        else if (goods.Find(r.GoodsType) is null) problems.Add(new("goodsType", "ProblemGoodsType", string.Join(", ", goods.All.Select(g => g.Code))));
        if (r.Value <= 0 || r.Value > (decimal)FieldLimits.Amount) problems.Add(new("value", "ProblemPositiveAmount"));
        if (!IsLetters(r.Currency, 3)) problems.Add(new("currency", "ProblemCurrency"));
        if (!IsLetters(r.OriginCountry, 2)) problems.Add(new("originCountry", "ProblemCountry"));
        if (r.Quantity is { } q && (q < 1 || q > MaxQuantity)) problems.Add(new("quantity", "ProblemQuantity", MaxQuantity));
        if (r.OtherParcelsSameDayUsd is { } others)
        {
            if (others.Count > MaxOtherParcels) problems.Add(new("otherParcelsSameDayUsd", "ProblemTooManyParcels", MaxOtherParcels));
            else if (others.Any(v => v <= 0 || v > (decimal)FieldLimits.Amount)) problems.Add(new("otherParcelsSameDayUsd", "ProblemPositiveAmount"));
        }
        if (r.ArrivalDate is { } d && Math.Abs(d.DayNumber - today.DayNumber) > MaxDaysFromToday)
            problems.Add(new("arrivalDate", "ProblemArrivalDate", MaxDaysFromToday));
        return problems;
    }

    /// <summary>
    /// "120, 35.50" (the page's field for other same-day parcels) as USD values; null with a problem when an entry is not a
    /// positive number. Commas, semicolons and spaces separate entries; the decimal point is a dot.
    /// </summary>
    public static (IReadOnlyList<decimal>? Values, FieldProblem? Problem) ParseAmounts(string? text)
    {
        var parts = (text ?? "").Split([',', ';', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var values = new List<decimal>();
        foreach (var part in parts)
        {
            if (!decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || v <= 0)
                return (null, new("otherParcelsSameDayUsd", "ProblemAmountList", part.Length > 20 ? part[..20] + "…" : part));
            values.Add(v);
        }
        return (values, null);
    }

    private static bool IsLetters(string? text, int length) =>
        text is { } t && t.Trim().Length == length && t.Trim().All(char.IsAsciiLetter);
}
