using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

public sealed record ScanAnswer(bool Available, string? Message, IReadOnlyList<ScanFinding> Findings);

/// <summary>X-ray findings of a consignment (Triage roles only).</summary>
public sealed class ScanPlugin(IAssistantScanSource? source, AssistantTurn turn)
{
    public const string Name = "xray";
    public const string NotAvailable = "X-ray findings are not available in this installation yet.";

    [KernelFunction("scan_findings")]
    [Description("X-ray image findings of a declaration's consignment and whether they match the declared goods.")]
    public async Task<ScanAnswer> FindingsAsync(
        [Description("Declaration id; empty for the page's declaration")] int? declarationId = null,
        [Description("Scan id; empty for the page's scan")] string? scanId = null,
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.Scans))
            return new ScanAnswer(false, "X-ray findings are shown to Officers and Supervisors only.", []);
        if (source is null) return new ScanAnswer(false, NotAvailable, []);
        var findings = await source.FindingsAsync(declarationId ?? turn.Page.DeclarationId, scanId ?? turn.Page.ScanId, ct);
        foreach (var f in findings.Where(f => f.Link is not null)) turn.Cite($"Scan {f.ScanId}", f.Link!);
        return new ScanAnswer(true, null, findings);
    }
}
