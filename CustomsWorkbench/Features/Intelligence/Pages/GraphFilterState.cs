using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Pages;

/// <summary>The explorer's filter as the analyst sets it; drives both server expansions and the canvas.</summary>
public sealed record GraphFilterState(IReadOnlySet<NodeKind> Kinds, DateOnly? From, DateOnly? To)
{
    public static GraphFilterState Default => new(GraphFilter.Investigation.NodeKinds!.ToHashSet(), null, null);

    public GraphFilter ToGraphFilter() => new(Kinds, null, From, To);

    /// <summary>The shape graph-explorer.js expects: kind names and ISO dates.</summary>
    public object ToCanvasFilter() => new
    {
        kinds = Kinds.Select(k => k.ToString()).ToArray(),
        from = From?.ToString("yyyy-MM-dd"),
        to = To?.ToString("yyyy-MM-dd"),
    };

    public GraphFilterState Toggle(NodeKind kind, bool on)
    {
        var kinds = Kinds.ToHashSet();
        if (on) kinds.Add(kind); else kinds.Remove(kind);
        return this with { Kinds = kinds };
    }
}
