using System.ComponentModel;
using CustomsWorkbench.Features.Assistant.Library;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

/// <summary>Search of the procedures and guidance library; every passage comes back with its document and heading.</summary>
public sealed class LibraryPlugin(ProcedureLibrary library, AssistantTurn turn)
{
    public const string Name = "library";

    [KernelFunction("search_procedures")]
    [Description("Search the customs procedures and guidance library (undervaluation, X-ray inspection, personal import thresholds, seizures, FTA origin, ...).")]
    public async Task<IReadOnlyList<ProcedureHit>> SearchAsync([Description("What to look for")] string query, CancellationToken ct = default)
    {
        var hits = await library.SearchAsync(query, 3, ct);
        foreach (var h in hits) turn.Cite($"{h.DocumentTitle} — {h.Heading}", h.Link);
        return hits;
    }
}
