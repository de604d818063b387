using Bunit;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Pages;
using CustomsWorkbench.Tests.Components;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>The explorer's legend, expansion by link kind, group panel and starting points, rendered with the app's English strings.</summary>
public class ExplorerPartsComponentTests : ComponentTestContext
{
    internal static readonly LegendStyle Legend = new(
        [new LegendNode("Importer", "#1565c0", "ellipse"), new LegendNode("SeizureCase", "#c62828", "octagon"), new LegendNode("Phone", "#f9a825", "round-rectangle")],
        [new LegendLink("identity", "#8d6e63", "dashed", ["shares-address", "uses-phone"]), new LegendLink("seizure", "#c62828", "solid", ["seized-in"])]);

    [Fact]
    public void Legend_names_shapes_and_link_families_in_words_and_folds_away()
    {
        bool? open = null;
        var cut = Render<GraphLegend>(p => p.Add(x => x.Style, Legend).Add(x => x.ColourMode, "risk").Add(x => x.SizeMode, "degree")
            .Add(x => x.OpenChanged, (bool o) => open = o));

        Assert.Equal(["Importer", "Seizure case", "Phone"], cut.FindAll("[data-testid=legend-node]").Select(n => n.TextContent.Trim()));
        Assert.NotNull(cut.Find("[data-testid=legend-node][data-kind=SeizureCase] polygon"));
        Assert.NotNull(cut.Find("[data-testid=legend-node][data-kind=Importer] circle"));
        Assert.Equal(["Shared identifiers", "Seizures"], cut.FindAll("[data-testid=legend-link]").Select(n => n.TextContent.Trim()));
        Assert.Equal("5 3", cut.Find("[data-testid=legend-link][data-category=identity] line").GetAttribute("stroke-dasharray"));
        Assert.Contains("green low", cut.Find("[data-testid=legend-colour]").TextContent);
        Assert.Contains("more links", cut.Find("[data-testid=legend-size]").TextContent);
        Assert.DoesNotContain("shares-address", cut.Markup);

        cut.Find("[data-testid=legend-toggle]").Click();
        Assert.False(open);
        Assert.Empty(cut.FindAll("[data-testid=legend-node]"));
        Assert.Equal("false", cut.Find("[data-testid=graph-legend]").GetAttribute("data-open"));
    }

    [Fact]
    public void Legend_explains_the_colour_mode_in_use()
    {
        var cut = Render<GraphLegend>(p => p.Add(x => x.Style, Legend).Add(x => x.ColourMode, "community"));
        Assert.Contains("community", cut.Find("[data-testid=legend-colour]").TextContent);
        Assert.Contains("more central", cut.Find("[data-testid=legend-size]").TextContent);
    }

    [Fact]
    public void Link_kinds_are_listed_with_counts_and_expand_one_kind()
    {
        LinkKind? expanded = null;
        var cut = Render<LinkKindExpander>(p => p.Add(x => x.Kinds, [new LinkKindCount(LinkKind.ShippedIn, 54), new LinkKindCount(LinkKind.UsesPhone, 3)])
            .Add(x => x.OnExpand, (LinkKind k) => expanded = k));

        var buttons = cut.FindAll("[data-testid=expand-link-kind]");
        Assert.Equal(["Shipped in container (54)", "Uses phone (3)"], buttons.Select(b => b.TextContent.Trim()));
        buttons[1].Click();
        Assert.Equal(LinkKind.UsesPhone, expanded);
    }

    [Fact]
    public void An_entity_without_links_in_the_filter_says_so()
    {
        var cut = Render<LinkKindExpander>(p => p.Add(x => x.Kinds, Array.Empty<LinkKindCount>()));
        Assert.Contains("No links", cut.Find("[data-testid=link-kinds-empty]").TextContent);
    }

    [Fact]
    public void A_group_opens_by_pages_or_all_and_collapses()
    {
        var asked = new List<int>();
        var collapsed = 0;
        var group = new NeighbourGroupState(NeighbourGroupState.KeyOf(7, LinkKind.ShippedIn, NodeKind.Container), 7, "Hanbit Trading", LinkKind.ShippedIn, NodeKind.Container, 54, 25);
        var cut = Render<GroupPanel>(p => p.Add(x => x.Group, group).Add(x => x.PageSize, 25)
            .Add(x => x.OnOpen, (int take) => asked.Add(take)).Add(x => x.OnCollapse, () => collapsed++));

        Assert.Equal("b7-shipped-in-Container", cut.Find("[data-testid=group-panel]").GetAttribute("data-group-key"));
        Assert.Equal("54 containers", cut.Find("[data-testid=group-label]").TextContent.Trim());
        var hint = cut.Find("[data-testid=group-hint]").TextContent;
        Assert.Contains("Shipped in container", hint);
        Assert.Contains("Hanbit Trading", hint);
        Assert.Contains("Show next 25", cut.Find("[data-testid=group-open-next]").TextContent);
        cut.Find("[data-testid=group-open-next]").Click();
        cut.Find("[data-testid=group-open-all]").Click();
        Assert.Equal([25, ExplorerExpansionOptions.MaxPage], asked);
        cut.Find("[data-testid=group-collapse]").Click();
        Assert.Equal(1, collapsed);
    }

    [Fact]
    public void A_fully_opened_group_offers_only_collapse()
    {
        var group = new NeighbourGroupState("b7-uses-phone-Phone", 7, "Hanbit", LinkKind.UsesPhone, NodeKind.Phone, 12, 12);
        var cut = Render<GroupPanel>(p => p.Add(x => x.Group, group));
        Assert.True(cut.Find("[data-testid=group-open-next]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=group-open-all]").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid=group-collapse]").HasAttribute("disabled"));
        var empty = Render<GroupPanel>(p => p.Add(x => x.Group, group with { Shown = 0 }));
        Assert.True(empty.Find("[data-testid=group-collapse]").HasAttribute("disabled"));
    }

    [Fact]
    public void Starting_points_give_the_reason_in_words_and_start_in_one_click()
    {
        int? started = null;
        StartingPoint[] points =
        [
            new(new NodeHit(59, NodeKind.Importer, "Other Trading"), 0.97, 2, 1, "SZ-1", LinkKind.SeizedIn),
            new(new NodeHit(56, NodeKind.Phone, "02-123-4567"), 0.6, 2, 2, "SZ-1", LinkKind.UsesPhone),
            new(new NodeHit(70, NodeKind.Person, "Kim"), 0.1, 1, null, null, null),
        ];
        var cut = Render<StartingPointList>(p => p.Add(x => x.Points, points).Add(x => x.OnStart, (int id) => started = id));

        var reasons = cut.FindAll("[data-testid=starting-point-reason]").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal("97% network risk · 1 link(s) from seizure SZ-1, first by “Involved in seizure”", reasons[0]);
        Assert.Contains("Uses phone", reasons[1]);
        Assert.Contains("no seizure within 6 links", reasons[2]);
        cut.FindAll("[data-testid=starting-point]")[1].Click();
        Assert.Equal(56, started);
    }

    [Fact]
    public void Without_suggestions_the_list_says_why()
    {
        var cut = Render<StartingPointList>(p => p.Add(x => x.Points, Array.Empty<StartingPoint>()));
        Assert.Contains("no seizures", cut.Find("[data-testid=starting-points-empty]").TextContent);
    }
}

/// <summary>The same parts and the resolution evidence in Korean: every value a user reads is translated.</summary>
public class ExplorerPartsKoreanTests() : ComponentTestContext("ko-KR")
{
    [Fact]
    public void Legend_link_kinds_groups_and_reasons_read_in_korean()
    {
        var legend = Render<GraphLegend>(p => p.Add(x => x.Style, ExplorerPartsComponentTests.Legend));
        Assert.Equal(["수입자", "압수 사건", "전화번호"], legend.FindAll("[data-testid=legend-node]").Select(n => n.TextContent.Trim()));
        Assert.Contains("공유 식별정보", legend.Markup);

        var kinds = Render<LinkKindExpander>(p => p.Add(x => x.Kinds, [new LinkKindCount(LinkKind.ShippedIn, 54)]));
        Assert.Equal("컨테이너 운송 (54)", kinds.Find("[data-testid=expand-link-kind]").TextContent.Trim());

        var group = Render<GroupPanel>(p => p.Add(x => x.Group, new NeighbourGroupState("k", 7, "한빛", LinkKind.ShippedIn, NodeKind.Container, 54, 0)));
        Assert.Equal("컨테이너 54개", group.Find("[data-testid=group-label]").TextContent.Trim());

        var points = Render<StartingPointList>(p => p.Add(x => x.Points,
            [new StartingPoint(new NodeHit(1, NodeKind.Importer, "한빛"), 0.5, 1, 2, "SZ-1", LinkKind.UsesPhone)]));
        Assert.Contains("전화번호 사용", points.Find("[data-testid=starting-point-reason]").TextContent);
    }

    [Fact]
    public void Every_link_and_entity_kind_has_words_in_both_languages()
    {
        var l = Services.GetService(typeof(Microsoft.Extensions.Localization.IStringLocalizer<CustomsWorkbench.Features.Intelligence.IntelligenceStrings>))
            as Microsoft.Extensions.Localization.IStringLocalizer<CustomsWorkbench.Features.Intelligence.IntelligenceStrings>;
        Assert.NotNull(l);
        foreach (var kind in GraphKinds.AllLinkKinds) Assert.False(l!["Link" + kind].ResourceNotFound, $"Link{kind}");
        foreach (var kind in GraphKinds.AllNodeKinds) Assert.False(l!["GroupOf" + kind].ResourceNotFound, $"GroupOf{kind}");
        Assert.Equal("같은 전화번호: 02-123-4567", l!.Evidence("same phone 02-123-4567"));
        Assert.StartsWith("이름 유사도 0.93", l.Evidence("name 0.93: \"A\" ~ \"B\" (a / b)"));
    }
}
