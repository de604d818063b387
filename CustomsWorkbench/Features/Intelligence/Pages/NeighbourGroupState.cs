using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Pages;

/// <summary>
/// A group of neighbours on the canvas as the explorer tracks it: whose neighbours, through which link, of which kind,
/// how many there are and how many the analyst has opened. Key is the canvas id (graph-bundles.js bundleKey).
/// </summary>
public sealed record NeighbourGroupState(string Key, int AnchorId, string AnchorLabel, LinkKind LinkKind, NodeKind NodeKind, int Total, int Shown)
{
    public static string KeyOf(int anchorId, LinkKind link, NodeKind kind) => $"b{anchorId}-{GraphKinds.Name(link)}-{kind}";

    public int Remaining => Math.Max(0, Total - Shown);
}
