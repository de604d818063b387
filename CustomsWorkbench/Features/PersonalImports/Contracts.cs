using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Features.PersonalImports;

/// <summary>
/// Told about parcels stored by a manifest import, after its transaction commits, through the outbox
/// (<see cref="Manifest.ParcelArrivalTopic"/>): once per sink, retried until it succeeds, so sinks must tolerate a repeat.
/// </summary>
public interface IParcelArrivalSink
{
    /// <summary>The name delivery is tracked by; keep it stable.</summary>
    string ConsumerName => GetType().Name;

    Task OnParcelsArrivedAsync(IReadOnlyList<int> parcelIds, CancellationToken ct);
}

/// <summary>The duty and VAT a personal import owes, and by which clearance route (the estimator, the parcel page, the assistant).</summary>
public interface IDutyEstimator
{
    Task<DutyAnswer> EstimateAsync(DutyQuestion question, CancellationToken ct = default);
}

/// <summary>
/// What the duty arithmetic needs about one parcel (or a citizen's question): the goods, the value in its currency,
/// where it ships from, the arrival date (for the exchange rate in force), the HS code when known, and the USD values of
/// the same person's other parcels arriving the same day from the same country (합산과세).
/// </summary>
public sealed record DutyQuestion(string GoodsDescription, decimal Value, string Currency, string OriginCountry, DateOnly ArrivalDate,
    string? HsCode = null, IReadOnlyList<decimal>? OtherParcelsSameDayUsd = null);

/// <summary>목록통관 (list clearance, no tax), 일반통관 (general: over the limit), 합산과세 (combined: same-day parcels add up past it).</summary>
public enum ClearanceRoute { List, General, Combined }

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

/// <summary>
/// Why a parcel stands where it does on the desk, for the assistant answering "why is this parcel held?": status, the
/// latest decision, the flags with evidence. Recipient data comes masked (a name's middle, a phone's middle digits, no
/// address): the answer may be read out to the citizen on the phone.
/// </summary>
public interface IParcelStatusQuery
{
    Task<ParcelStatusView?> ByTrackingNumberAsync(string trackingNumber, CancellationToken ct = default);
    Task<ParcelStatusView?> ByIdAsync(int parcelId, CancellationToken ct = default);
}

public sealed record ParcelStatusView(int ParcelId, string TrackingNumber, DateOnly ArrivedOn, ParcelStatus Status, string StatusEn, string StatusKo,
    string RecipientMasked, string? PhoneMasked, string GoodsDescription, decimal DeclaredValueUsd, string OriginCountry,
    ParcelDecisionView? LatestDecision, IReadOnlyList<ParcelFlagView> Flags);

public sealed record ParcelDecisionView(ParcelAction Action, string ActionEn, string ActionKo, ParcelOutcome Outcome, string? Note, string DecidedBy, DateTime DecidedAtUtc);

public sealed record ParcelFlagView(string Code, string NameEn, string NameKo, string EvidenceEn, string EvidenceKo, IReadOnlyList<string> RelatedTrackingNumbers);

/// <summary>
/// The parcel desk at a glance, for the home page: a person's claimed parcels and an office's open parcels of today,
/// with links to the parcel and to the queue view that lists each figure.
/// </summary>
public interface IParcelDeskOverview
{
    /// <summary>Parcels this person holds (claimed, not yet decided), newest arrival first, at most <paramref name="take"/> (1–50).</summary>
    Task<IReadOnlyList<ClaimedParcel>> ClaimedByAsync(string userName, int take = 10, CancellationToken ct = default);

    /// <summary>Open parcels of the office with this code (every office for null or an unknown code): today's, and the backlog.</summary>
    Task<ParcelShiftCounts> ShiftCountsAsync(string? officeCode, CancellationToken ct = default);
}

public sealed record ClaimedParcel(int ParcelId, string TrackingNumber, DateOnly ArrivedOn, IReadOnlyList<string> Flags, string Href);

public sealed record ParcelShiftCounts(int OpenToday, int Backlog, string TodayHref, string BacklogHref);

/// <summary>Why another feature held a parcel (shown in words on the parcel page).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ParcelHoldReason>))]
public enum ParcelHoldReason { XRayWeapon, XRayNarcotics }

/// <summary>
/// A request to hold a parcel: <paramref name="SourceReference"/> names what asked (e.g. "xray-scan:42"); the same parcel
/// and source hold once, so asking again is harmless.
/// </summary>
public sealed record ParcelHoldRequest(int ParcelId, ParcelHoldReason Reason, string SourceReference, string RequestedBy);

public sealed record ParcelHoldView(int ParcelId, ParcelHoldReason Reason, string SourceReference, string HeldBy, DateTime HeldAtUtc);

/// <summary><paramref name="Created"/> is false when the hold already existed (idempotent); Error when refused.</summary>
public sealed record ParcelHoldOutcome(ParcelHoldView? Hold, bool Created, string? Error)
{
    public bool Succeeded => Hold is not null;
}

/// <summary>
/// Holds on parcels placed by other features (X-ray escalations): validated, idempotent, audited and shown on the parcel
/// page. A held parcel cannot be cleared on the desk; officers can still inspect or refer it.
/// </summary>
public interface IParcelHolds
{
    Task<ParcelHoldOutcome> HoldAsync(ParcelHoldRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<ParcelHoldView>> HoldsAsync(int parcelId, CancellationToken ct = default);
}
