using CustomsWorkbench.Features.Assistant;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>An answer's sources: grouped by kind of record, capped at five shown, the rest counted.</summary>
public class CitationGroupsTests
{
    [Fact]
    public void Citations_are_grouped_by_kind_capped_and_the_rest_counted()
    {
        var citations = new List<Citation>
        {
            new("41017-26-0001234", "/risk/declarations/1"),
            new("Blue Ocean", "/intel/explorer?node=5"),
            new("Seoul Trading (IM00000233)", "/importers?search=IM00000233"),
        };
        citations.AddRange(Enumerable.Range(6, 8).Select(i => new Citation($"node {i}", $"/intel/explorer?node={i}")));
        citations.Add(new Citation("Seizure S-1", "/seizures?search=S-1"));

        var groups = CitationGroups.Of(citations);

        Assert.Equal([CitationKind.Declaration, CitationKind.Importer, CitationKind.Seizure, CitationKind.GraphEntity], groups.Select(g => g.Kind).OrderBy(k => k).ToList());
        Assert.Equal(CitationGroups.MaxShown, groups.Sum(g => g.Shown.Count));
        Assert.Equal(citations.Count - CitationGroups.MaxShown, groups.Sum(g => g.NotShown));
        var graph = groups.Single(g => g.Kind == CitationKind.GraphEntity);
        Assert.Equal(["Blue Ocean", "node 6", "node 7"], graph.Shown.Select(c => c.Label).ToList());
        Assert.Equal(6, graph.NotShown);
        Assert.Equal(1, groups.Single(g => g.Kind == CitationKind.Seizure).NotShown);
    }

    [Fact]
    public void Few_citations_are_all_shown_and_an_unlimited_cap_shows_everything()
    {
        var citations = Enumerable.Range(1, 12).Select(i => new Citation($"d{i}", $"/risk/declarations/{i}")).ToList();
        Assert.All(CitationGroups.Of(citations.Take(3).ToList()), g => Assert.Equal(0, g.NotShown));
        Assert.Equal(12, CitationGroups.Of(citations, int.MaxValue).Single().Shown.Count);
    }

    [Theory]
    [InlineData("/parcels/12", CitationKind.Parcel)]
    [InlineData("/assistant/library/3#Scope", CitationKind.Procedure)]
    [InlineData("/declarations?tariffPrefix=8517", CitationKind.Declaration)]
    [InlineData("/reference/exchange-rates?currency=USD&date=2026-11-02", CitationKind.Reference)]
    [InlineData("/somewhere", CitationKind.Other)]
    public void The_kind_is_read_from_the_link(string link, CitationKind kind) => Assert.Equal(kind, CitationGroups.KindOf(link));
}
