namespace CustomsWorkbench.Features.PersonalImports.Duty;

/// <summary>목록통관 (list clearance, no tax), 일반통관 (general: over the limit), 합산과세 (combined: same-day parcels add up past it).</summary>
public enum ClearanceRoute { List, General, Combined }

public static class ClearanceRouteText
{
    /// <summary>The word used in the `clearance` export column.</summary>
    public static string Code(this ClearanceRoute route) => route switch
    {
        ClearanceRoute.List => "list",
        ClearanceRoute.General => "general",
        _ => "combined",
    };
}

/// <summary>One line of the calculation as shown to an officer or citizen: what, how much, and why, in both languages.</summary>
public sealed record DutyLine(string LabelEn, string LabelKo, decimal Amount, string Unit, string WhyEn, string WhyKo);

/// <summary>The clearance route, the calculation line by line (all KRW amounts in whole won) and the reason for the route.</summary>
public sealed record DutyAnswer(
    ClearanceRoute Route,
    decimal ValueUsd,
    decimal LimitUsd,
    decimal SameDayTotalUsd,
    decimal CustomsValueKrw,
    decimal DutyRate,
    decimal DutyKrw,
    decimal VatKrw,
    decimal TotalKrw,
    IReadOnlyList<DutyLine> Lines,
    string WhyEn,
    string WhyKo);

/// <summary>Why no answer could be given (no exchange rate in force for the currency and date), in both languages.</summary>
public sealed class DutyEstimateUnavailableException(string messageEn, string messageKo) : Exception(messageEn)
{
    public string MessageKo { get; } = messageKo;
}
