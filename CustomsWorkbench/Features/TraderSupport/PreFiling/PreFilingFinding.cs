using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Features.TraderSupport.PreFiling;

public enum FindingSeverity { Info, Warning, Error }

/// <summary>One thing to fix (or to know) before lodging: which rule, how serious, which line (null: the whole declaration), what and how to fix it.</summary>
public sealed record PreFilingFinding(string Rule, FindingSeverity Severity, int? Line, string MessageEn, string MessageKo, string FixEn, string FixKo)
{
    public string Message(bool korean) => korean ? MessageKo : MessageEn;
    public string Fix(bool korean) => korean ? FixKo : FixEn;
}

/// <summary>A draft that passed the import format's field checks, with the certificates the trader says they hold.</summary>
public sealed record PreFilingDraft(IncomingDeclaration Declaration, IReadOnlySet<string> Certificates);

public sealed record PreFilingResult(IReadOnlyList<PreFilingFinding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
}

/// <summary>
/// One check of the pre-filing linter. Each rule is a small class registered as IPreFilingRule; the service runs them all.
/// </summary>
public interface IPreFilingRule
{
    string Name { get; }
    Task<IReadOnlyList<PreFilingFinding>> CheckAsync(PreFilingDraft draft, CancellationToken ct);
}
