using CustomsWorkbench.Features.PersonalImports.Duty;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>Everything the parcel page shows, read in one go: the parcel, its code's identity picture and history, flags, duty, decisions, holds.</summary>
public sealed record ParcelDossier(
    ParcelHeader Parcel,
    CodeIdentity Identity,
    IReadOnlyList<CodeHistoryParcel> History,
    int HistoryTotal,
    IReadOnlyList<ParcelFlagView> Flags,
    DutyAnswer? Duty,
    string? DutyUnavailableEn,
    string? DutyUnavailableKo,
    IReadOnlyList<ParcelDecisionView> Decisions,
    IReadOnlyList<ParcelHoldView> Holds)
{
    /// <summary>Another feature held the parcel (an X-ray escalation): the desk does not clear it.</summary>
    public bool Held => Holds.Count > 0;
}

public sealed record ParcelHeader(
    int Id, string TrackingNumber, ParcelStatus Status, string RecipientName, string PersonalCustomsCode, string? Phone, string? Address,
    string? PostalCode, string Seller, string Origin, string Goods, int Quantity, double DeclaredValueUsd, string? Currency,
    double? ValueInCurrency, string? HsCode, DateOnly ArrivedOn, string OfficeEn, string OfficeKo, double? RiskScore,
    string? RiskModelVersion, int DeskVersion, string? ClaimedBy);

/// <summary>One name, phone or address seen on the code: how often, first and last arrival, and whether the register holds it.</summary>
public sealed record IdentityValue(string Value, int Count, DateOnly FirstSeen, DateOnly LastSeen, bool Registered);

/// <summary>
/// The code's identity picture over every stored parcel on it: names, phones and addresses with counts and dates, and the
/// registration (holder, phone, registered addresses) when a register is loaded.
/// </summary>
public sealed record CodeIdentity(
    string PersonalCustomsCode, int ParcelCount, IReadOnlyList<IdentityValue> Names, IReadOnlyList<IdentityValue> Phones,
    IReadOnlyList<IdentityValue> Addresses, string? RegisteredName, string? RegisteredPhone, IReadOnlyList<string> RegisteredAddresses)
{
    public bool HasRegistration => RegisteredName is not null;
}

public sealed record CodeHistoryParcel(int Id, string TrackingNumber, DateOnly ArrivedOn, string RecipientName, string Seller,
    string Goods, double DeclaredValueUsd, ParcelStatus Status);

/// <summary>A related parcel named by a flag; Id is null when the tracking number is not stored (e.g. cut from the evidence).</summary>
public sealed record RelatedParcel(string TrackingNumber, int? Id);

public sealed record ParcelFlagView(string Code, string EvidenceEn, string EvidenceKo, IReadOnlyList<RelatedParcel> Related);

public sealed record ParcelDecisionView(long Id, ParcelAction Action, ParcelOutcome Outcome, string? Note, string DecidedBy,
    DateTime DecidedAtUtc, string? OutcomeBy, DateTime? OutcomeAtUtc, RecordSource Source);
