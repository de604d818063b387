namespace CustomsWorkbench.Features.Assistant;

/// <summary>The kinds of record a citation opens, in the order the drawer lists them.</summary>
public enum CitationKind { Declaration, Importer, Parcel, Seizure, GraphEntity, Scan, Procedure, Reference, Other }

public sealed record CitationGroup(CitationKind Kind, IReadOnlyList<Citation> Shown, int NotShown);

/// <summary>
/// How an answer's sources are shown: grouped by the kind of record (read from the link), at most <see cref="MaxShown"/>
/// in all, the rest counted as "+N more", so an answer citing sixty graph nodes stays readable.
/// </summary>
public static class CitationGroups
{
    public const int MaxShown = 5;

    public static CitationKind KindOf(string link) => link switch
    {
        _ when link.StartsWith("/risk/declarations/", StringComparison.Ordinal) || link.StartsWith("/declarations", StringComparison.Ordinal) => CitationKind.Declaration,
        _ when link.StartsWith("/importers", StringComparison.Ordinal) => CitationKind.Importer,
        _ when link.StartsWith("/parcels", StringComparison.Ordinal) => CitationKind.Parcel,
        _ when link.StartsWith("/seizures", StringComparison.Ordinal) => CitationKind.Seizure,
        _ when link.StartsWith("/intel/", StringComparison.Ordinal) => CitationKind.GraphEntity,
        _ when link.StartsWith("/xray", StringComparison.Ordinal) || link.StartsWith("/scans", StringComparison.Ordinal) => CitationKind.Scan,
        _ when link.StartsWith("/assistant/library", StringComparison.Ordinal) => CitationKind.Procedure,
        _ when link.StartsWith("/reference", StringComparison.Ordinal) => CitationKind.Reference,
        _ => CitationKind.Other,
    };

    /// <summary>Groups in kind order; the first <paramref name="max"/> citations (in the answer's order) are shown.</summary>
    public static IReadOnlyList<CitationGroup> Of(IReadOnlyList<Citation> citations, int max = MaxShown)
    {
        var shown = citations.Take(Math.Max(0, max)).ToHashSet();
        return citations.GroupBy(c => KindOf(c.Link)).OrderBy(g => g.Key)
            .Select(g => new CitationGroup(g.Key, g.Where(shown.Contains).ToList(), g.Count(c => !shown.Contains(c))))
            .ToList();
    }
}
