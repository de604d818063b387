namespace CustomsWorkbench.Features.Intelligence.Pages;

/// <summary>
/// The canvas' own styles as graph-explorer.js reports them (legend()): the legend draws from these, so it cannot
/// drift from what the canvas shows. Kinds are enum names, link kinds kebab-case names, dash "solid|dashed|dotted".
/// </summary>
public sealed record LegendStyle(IReadOnlyList<LegendNode> Nodes, IReadOnlyList<LegendLink> Links)
{
    public static readonly LegendStyle Empty = new([], []);
}

public sealed record LegendNode(string Kind, string Colour, string Shape);

public sealed record LegendLink(string Category, string Colour, string Dash, IReadOnlyList<string> Kinds);
