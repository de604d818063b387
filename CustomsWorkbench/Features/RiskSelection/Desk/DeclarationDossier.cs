using CustomsWorkbench.Features.RiskSelection.Model;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>Everything the declaration page shows, read in one go.</summary>
public sealed record DeclarationDossier(
    DeclarationHeader Header,
    IReadOnlyList<DeclarationLine> Items,
    TriageState? Triage,
    AssessmentView? Assessment,
    TraderHistory ImporterHistory,
    TraderHistory BrokerHistory,
    IReadOnlyList<SimilarCase> SimilarCases);

public sealed record DeclarationHeader(
    int Id, string Number, DateOnly Date, string ImporterCode, string ImporterName, string DeclarantCode, string DeclarantName,
    string OfficeEn, string OfficeKo, string Origin, string MainTariffCode, string TransportMode, bool FtaPreferenceClaimed,
    double TotalFob, double TotalCif, double TotalTaxes, double GrossWeightKg, bool Inspected, bool? Illicit, double? AdditionalRevenue,
    int ImporterId = 0);

public sealed record DeclarationLine(int LineNumber, string TariffCode, string Description, string Origin, double Quantity, string Unit,
    double GrossWeightKg, double CifValue, double DutyRate, double DutyAmount);

/// <summary>The queue row as the declaration page needs it (Version is echoed back on actions).</summary>
public sealed record TriageState(
    double Score, Channel RecommendedChannel, SelectionReason Reason, string ModelVersion, TriageStatus Status,
    string? ClaimedBy, Channel? DecidedChannel, string? DecidedBy, string? OverrideReason,
    InspectionOutcome? Outcome, double? OutcomeRevenue, string? SeizedGoods, ReviewStatus Review, string? ReviewNote, Guid Version,
    DateTime? UndoableUntilUtc = null, bool OutcomeApplied = false, string? SeizureCaseNumber = null, RecordedSeizure? Seizure = null,
    IReadOnlyList<int>? PhotoIds = null);

/// <summary>A recorded seizure's details as codes of Platform.Seizures.SeizureVocabulary (the page shows them in words).</summary>
public sealed record RecordedSeizure(string? Category, decimal? Quantity, string? Unit, string? Concealment, string? ConcealmentNote, string? FoundIn, string? FoundInNote);

public sealed record AssessmentView(double ProbabilityIllicit, double ExpectedRevenue, double Score, string ModelVersion, DateTime AssessedAtUtc, RiskExplanation Explanation);

/// <summary>A trader's record at this office's workbench: how often inspected and how often found illicit.</summary>
public sealed record TraderHistory(string Code, string Name, int Declarations, int Inspected, int Illicit, double Revenue, IReadOnlyList<PastDeclaration> Recent)
{
    public double IllicitRate => Inspected == 0 ? 0 : (double)Illicit / Inspected;
}

public sealed record PastDeclaration(int Id, string Number, DateOnly Date, string TariffCode, string Origin, double TotalCif, bool Inspected, bool? Illicit, double? AdditionalRevenue);

/// <summary>An inspected declaration of the same tariff code and origin, with what was found.</summary>
public sealed record SimilarCase(int Id, string Number, DateOnly Date, int ImporterId, string ImporterName, double TotalCif, bool? Illicit, double? AdditionalRevenue);
