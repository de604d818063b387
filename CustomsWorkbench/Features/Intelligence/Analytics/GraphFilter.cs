using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>
/// Which nodes and links a traversal may use. Null sets mean "all". The date window keeps links seen inside it;
/// identity links from trader records (address, phone, e-mail, location, bank account) are timeless and always pass.
/// <see cref="SeenBefore"/> is the strict cut used by time-aware computations (network risk as of a date): every link,
/// identity links included, must have been first seen before it.
/// </summary>
public sealed record GraphFilter(
    IReadOnlySet<NodeKind>? NodeKinds = null,
    IReadOnlySet<LinkKind>? LinkKinds = null,
    DateOnly? From = null,
    DateOnly? To = null,
    DateOnly? SeenBefore = null)
{
    public static readonly GraphFilter All = new();

    /// <summary>Everything except the reference hubs (tariff lines, countries, vessels): the investigation default.</summary>
    public static readonly GraphFilter Investigation = new(NodeKinds: GraphKinds.AllNodeKinds.Except(GraphKinds.HubKinds).ToHashSet());

    private static bool Timeless(LinkKind kind) => kind is LinkKind.SharesAddress or LinkKind.UsesPhone or LinkKind.UsesEmail or LinkKind.LocatedIn or LinkKind.PaysInto;

    public bool Allows(GraphSnapshot graph, in Edge edge)
    {
        if (NodeKinds is not null && !NodeKinds.Contains(graph.Kinds[edge.Target])) return false;
        if (LinkKinds is not null && !LinkKinds.Contains(edge.Kind)) return false;
        if (SeenBefore is { } cut && edge.FirstDay >= cut.DayNumber) return false;
        if (Timeless(edge.Kind)) return true;
        if (From is { } from && edge.LastDay < from.DayNumber) return false;
        if (To is { } to && edge.FirstDay > to.DayNumber) return false;
        return true;
    }
}
