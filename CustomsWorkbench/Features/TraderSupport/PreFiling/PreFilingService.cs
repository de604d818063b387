namespace CustomsWorkbench.Features.TraderSupport.PreFiling;

/// <summary>Runs every registered rule on a draft; errors first, then warnings and notes, by line.</summary>
public sealed class PreFilingService(IEnumerable<IPreFilingRule> rules)
{
    public async Task<PreFilingResult> CheckAsync(PreFilingDraft draft, CancellationToken ct = default)
    {
        var findings = new List<PreFilingFinding>();
        foreach (var rule in rules) findings.AddRange(await rule.CheckAsync(draft, ct));
        return new PreFilingResult(findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Line ?? 0).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList());
    }
}
