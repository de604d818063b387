namespace CustomsWorkbench.Features.TraderSupport.Audit;

public sealed record AuditLine(string TariffCode, double Quantity, double GrossKg, double Cif, double DutyRate);

/// <summary>What the audit ranking reads of one declaration; LoadingCountry comes from the bill of lading when there is one.</summary>
public sealed record AuditDeclaration(int Id, int ImporterId, DateOnly Date, string Origin, string? LoadingCountry, bool FtaClaimed,
    double Cif, double Taxes, bool Inspected, bool? Illicit, double? Revenue, IReadOnlyList<AuditLine> Lines);

public sealed record AuditImporter(int Id, string Code, string Name);

public sealed record TariffRates(double General, double Fta);

/// <summary>A recorded audit result: the label a later plan learns from.</summary>
public sealed record AuditLabel(int ImporterId, AuditOutcome Outcome, double? AssessedRevenue, DateTime RecordedAtUtc);

/// <summary>Everything one ranking looks at: the declarations of a window, the importers, tariff rates, network risk and past audits.</summary>
public sealed record AuditWorld(DateOnly From, DateOnly To, IReadOnlyList<AuditDeclaration> Declarations,
    IReadOnlyDictionary<int, AuditImporter> Importers, IReadOnlyDictionary<string, TariffRates> Tariffs,
    IReadOnlyDictionary<int, double> NetworkRisk, IReadOnlyList<AuditLabel> Labels);
