namespace CustomsWorkbench.Platform.Data.Entities;

/// <summary>An express parcel cleared for a private person (personal e-commerce import).</summary>
public class ExpressParcel
{
    public int Id { get; set; }
    public required string TrackingNumber { get; set; }
    public required string RecipientName { get; set; }
    /// <summary>Personal customs clearance code (개인통관고유부호), "P" + 12 digits.</summary>
    public required string PersonalCustomsCode { get; set; }
    public string? RecipientPhone { get; set; }
    public string? RecipientAddress { get; set; }
    public string? PostalCode { get; set; }
    /// <summary>The manifest's seller (shop or sender).</summary>
    public required string SenderName { get; set; }
    public required string OriginCountryCode { get; set; }
    public required string GoodsDescription { get; set; }
    public int Quantity { get; set; }
    public double DeclaredValueUsd { get; set; }
    /// <summary>HS code as the manifest gives it (digits, up to 10); null when not given.</summary>
    public string? HsCode { get; set; }
    /// <summary>The invoice currency (ISO 4217) and the value in it, when the manifest gives them beside the USD value.</summary>
    public string? Currency { get; set; }
    public double? ValueInCurrency { get; set; }
    public double? WeightKg { get; set; }
    public string? Carrier { get; set; }
    public DateOnly ArrivedOn { get; set; }
    public int OfficeId { get; set; }
    public CustomsOffice? Office { get; set; }
    public RecordSource Source { get; set; }
    /// <summary>The import that stored it (null for the demo world).</summary>
    public int? ImportBatchId { get; set; }
    public List<ParcelFlagRecord> Flags { get; set; } = [];
    /// <summary>Where the parcel stands on the desk; changed only through the desk's decisions.</summary>
    public ParcelStatus Status { get; set; }
    /// <summary>The active parcel risk model's probability of an irregularity, and that model's version (null until scored).</summary>
    public double? RiskScore { get; set; }
    public string? RiskModelVersion { get; set; }
    /// <summary>
    /// The inputs that moved that score most, chosen when it was scored (Features/PersonalImports/Risk/ParcelRiskTopContributions);
    /// "" when none mattered, null until scored.
    /// </summary>
    public string? RiskTopContributions { get; set; }
    /// <summary>Bumped on every desk decision so two officers acting on the same parcel cannot both succeed.</summary>
    public int DeskVersion { get; set; }
    /// <summary>The officer working the parcel on the desk queue (null when unclaimed), and since when.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedAtUtc { get; set; }
    public List<ParcelDecision> Decisions { get; set; } = [];
}

/// <summary>A parcel's place on the personal-imports desk.</summary>
public enum ParcelStatus { Open, Cleared, HeldForDocuments, Inspecting, ReferredForMisuse, Closed }

/// <summary>What an officer did with a parcel.</summary>
public enum ParcelAction { Clear, HoldForDocuments, Inspect, ReferForMisuse }

/// <summary>What the action found, once known: the label the parcel risk model learns from.</summary>
public enum ParcelOutcome { Pending, Compliant, Irregular }

/// <summary>
/// One desk decision on a parcel (clear, hold for documents, inspect, refer for misuse) and, once known, its outcome.
/// Inspected and referred parcels with a known outcome are the parcel risk model's labels.
/// </summary>
public class ParcelDecision
{
    public long Id { get; set; }
    public int ParcelId { get; set; }
    public ExpressParcel? Parcel { get; set; }
    public ParcelAction Action { get; set; }
    public ParcelOutcome Outcome { get; set; }
    /// <summary>The officer's reason or the outcome's note (bounded: FieldLimits.Reason).</summary>
    public string? Note { get; set; }
    public required string DecidedBy { get; set; }
    public DateTime DecidedAtUtc { get; set; }
    public string? OutcomeBy { get; set; }
    public DateTime? OutcomeAtUtc { get; set; }
    /// <summary>Demo for the demo world's processed history; Api for decisions made on the desk.</summary>
    public RecordSource Source { get; set; }
    /// <summary>The parcel risk score and model version the officer had in front of them when deciding (null when the
    /// parcel was not scored): a later re-score after a promotion must not rewrite what the decision was measured against.</summary>
    public double? RiskScoreAtDecision { get; set; }
    public string? RiskModelVersionAtDecision { get; set; }
}

/// <summary>
/// One flag raised on a parcel (codes: Features/PersonalImports/Flags/ParcelFlagCodes), with its evidence in both UI
/// languages and the other parcels behind it, so the desk can filter by code and show why.
/// </summary>
public class ParcelFlagRecord
{
    public long Id { get; set; }
    public int ParcelId { get; set; }
    public ExpressParcel? Parcel { get; set; }
    public required string Code { get; set; }
    public required string EvidenceEn { get; set; }
    public required string EvidenceKo { get; set; }
    /// <summary>The related tracking numbers, ';'-separated (tracking numbers hold no ';').</summary>
    public string RelatedTrackingNumbers { get; set; } = "";
    public DateTime RaisedAtUtc { get; set; }
}

/// <summary>
/// A personal customs code's registration (개인통관고유부호 등록 정보): its holder, phone and registered delivery addresses.
/// </summary>
public class RegisteredCode
{
    public int Id { get; set; }
    public required string PersonalCustomsCode { get; set; }
    public required string HolderName { get; set; }
    public string? Phone { get; set; }
    public RecordSource Source { get; set; }
    public List<RegisteredAddress> Addresses { get; set; } = [];
}

/// <summary>One registered delivery address of a code: a row each, at most <c>RegisteredAddress.MaxPerCode</c> per code.</summary>
public class RegisteredAddress
{
    /// <summary>Citizens may register up to 20 delivery addresses for their code.</summary>
    public const int MaxPerCode = 20;

    public int Id { get; set; }
    public int RegisteredCodeId { get; set; }
    public RegisteredCode? Code { get; set; }
    public required string Address { get; set; }
}

/// <summary>A seizure case: goods taken under customs law, from a declaration or a parcel.</summary>
public class SeizureRecord
{
    public int Id { get; set; }
    public required string CaseNumber { get; set; }
    public DateOnly Date { get; set; }
    public int OfficeId { get; set; }
    public CustomsOffice? Office { get; set; }
    public int? DeclarationId { get; set; }
    public Declaration? Declaration { get; set; }
    public int? ParcelId { get; set; }
    public ExpressParcel? Parcel { get; set; }
    public int? ImporterId { get; set; }
    public Importer? Importer { get; set; }
    /// <summary>A code of <see cref="Seizures.SeizureVocabulary.Categories"/> (narcotics, weapons, counterfeit, ...).</summary>
    public required string GoodsCategory { get; set; }
    public required string Description { get; set; }
    /// <summary>Exact as recorded (1.74 kg stays 1.74): decimal, never a float.</summary>
    public decimal Quantity { get; set; }
    /// <summary>A code of <see cref="Seizures.SeizureVocabulary.Units"/>; null on cases recorded before units were kept.</summary>
    public string? QuantityUnit { get; set; }
    /// <summary>Codes of <see cref="Seizures.SeizureVocabulary"/> with the officer's words beside them.</summary>
    public string? ConcealmentMethod { get; set; }
    public string? ConcealmentNote { get; set; }
    public string? FoundIn { get; set; }
    public string? FoundInNote { get; set; }
    public double EstimatedValue { get; set; }
}

/// <summary>
/// An evidence photo of a seizure, stored as a file under the data folder ({DataFolder}/seizure-photos/{StoredName}).
/// It is attached to the declaration while the result can still be undone and to the seizure case once it is final.
/// </summary>
public class SeizurePhoto
{
    public int Id { get; set; }
    public int? DeclarationId { get; set; }
    public int? SeizureId { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public int SizeBytes { get; set; }
    public required string UploadedBy { get; set; }
    public DateTime UploadedAtUtc { get; set; }
}
