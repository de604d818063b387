using System.ComponentModel;
using System.Globalization;
using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Platform.Validation;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

/// <summary>Why a parcel stands where it does; <see cref="Problem"/> says why there is no parcel (role, none open, not found).</summary>
public sealed record ParcelStatusAnswer(string? Problem, ParcelStatusView? Parcel);

/// <summary>A personal-import duty estimate; <see cref="Problem"/> (English) and <see cref="ProblemKo"/> say why there is none.</summary>
public sealed record PersonalDutyAnswer(string? Problem, string? ProblemKo, DutyAnswer? Duty, decimal Value, string Currency, string Origin, DateOnly Date);

/// <summary>
/// Citizen help on personal imports, through the PersonalImports contracts only: a parcel's status, latest decision and
/// flags (desk roles; the recipient comes masked), and the duty a citizen will pay on goods bought abroad (everyone).
/// </summary>
public sealed class ParcelsPlugin(IParcelStatusQuery? parcels, IDutyEstimator? duty, TimeProvider clock, AssistantTurn turn)
{
    public const string Name = "parcels";
    public const string Forbidden = "Parcel status is shown to Officers and Supervisors only.";
    public const string NoParcel = "no-parcel";
    public const string NotFound = "not-found";
    public const string NotAvailable = "Personal imports are not available in this installation.";

    [KernelFunction("parcel_status")]
    [Description("Why a personal-import parcel is held or where it stands: status, latest desk decision with its reason, and flags with their evidence. Recipient data is masked.")]
    public async Task<ParcelStatusAnswer> StatusAsync([Description("Tracking number; empty for the parcel open on the page")] string? trackingNumber = null, CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.ParcelStatus)) return new(Forbidden, null);
        if (parcels is null) return new(NotAvailable, null);
        var tracking = trackingNumber?.Trim();
        if (tracking?.Length > FieldLimits.Code) return new(NotFound, null);
        var view = !string.IsNullOrEmpty(tracking) ? await parcels.ByTrackingNumberAsync(tracking, ct)
            : turn.Page.ParcelId is { } id ? await parcels.ByIdAsync(id, ct) : null;
        if (view is null) return new(string.IsNullOrEmpty(tracking) && turn.Page.ParcelId is null ? NoParcel : NotFound, null);
        turn.Cite($"Parcel {view.TrackingNumber}", RecordLinks.Parcel(view.ParcelId));
        return new(null, view);
    }

    [KernelFunction("estimate_personal_duty")]
    [Description("Duty and VAT a private buyer pays on goods bought abroad (list clearance up to USD 150, USD 200 from the US): customs value at the customs weekly exchange rate, duty at the goods type's rate, VAT 10%.")]
    public async Task<PersonalDutyAnswer> EstimateAsync(
        [Description("The goods, in words (e.g. 'a jacket', '비타민')")] string goods,
        [Description("Price paid, in the currency")] double value,
        [Description("Currency, ISO code (USD, EUR, JPY, CNY, KRW, ...)")] string currency,
        [Description("Country shipped from, ISO code (US, CN, JP, ...)")] string origin,
        [Description("Arrival date yyyy-MM-dd; default today")] string? date = null,
        CancellationToken ct = default)
    {
        var day = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var money = (currency ?? "").Trim().ToUpperInvariant();
        var from = (origin ?? "").Trim().ToUpperInvariant();
        var amount = double.IsFinite(value) && value > 0 && value <= FieldLimits.Amount ? (decimal)value : 0;
        if (duty is null) return new(NotAvailable, "이 설치본에서는 개인 수입 기능을 쓸 수 없습니다.", null, amount, money, from, day);
        if (amount == 0 || money.Length != 3 || !money.All(char.IsAsciiLetter) || from.Length != 2 || !from.All(char.IsAsciiLetter))
            return new("Give the price with its currency and the country it ships from.", "가격과 통화, 발송 국가를 알려 주세요.", null, amount, money, from, day);
        var text = (goods ?? "").Trim();
        try
        {
            var answer = await duty.EstimateAsync(new DutyQuestion(text.Length > FieldLimits.Name ? text[..FieldLimits.Name] : text, amount, money, from, day), ct);
            turn.Cite("Personal import duty rules (list clearance USD 150 / USD 200 from the US)", RecordLinks.PersonalDutyEstimator);
            if (money != "KRW") turn.Cite($"{money} customs exchange rate on {day:yyyy-MM-dd}", RecordLinks.ExchangeRate(money, day));
            return new(null, null, answer, amount, money, from, day);
        }
        catch (DutyEstimateUnavailableException e)
        {
            return new(e.Message, e.MessageKo, null, amount, money, from, day);
        }
    }
}
