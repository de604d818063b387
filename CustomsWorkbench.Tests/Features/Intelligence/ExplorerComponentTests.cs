using Bunit;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Pages;
using CustomsWorkbench.Tests.Components;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>The explorer's side panel and filters rendered by bUnit with the app's strings.</summary>
public class ExplorerComponentTests : ComponentTestContext
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static NodeDetails Details() => new(
        new NodeView(7, NodeKind.Importer, "(주)청해진트레이딩", 3, 1.5, 7, 0.42), "IXN00001", 12, Day, Day.AddDays(30),
        [new NodeHit(9, NodeKind.Importer, "청해진 트레이딩 주식회사")],
        [
            new NeighbourLinkView(new LinkView(100, 7, 8, LinkKind.UsesPhone, "uses-phone", Day, Day, 1), new NodeHit(8, NodeKind.Phone, "032-555-1234"),
                [new EvidenceView("Importer", 12, "IXN00001", Day)]),
            new NeighbourLinkView(new LinkView(101, 7, 20, LinkKind.ImportsFrom, "imports-from", Day, Day.AddDays(30), 14), new NodeHit(20, NodeKind.Supplier, "Ningbo Golden Leaf"),
                [new EvidenceView("Declaration", 501, "D-2026-0501", Day), new EvidenceView("Declaration", 502, "D-2026-0502", Day.AddDays(3))]),
        ],
        LinksNotShown: 4,
        [new RiskPathView([new NodeHit(7, NodeKind.Importer, "(주)청해진트레이딩"), new NodeHit(8, NodeKind.Phone, "032-555-1234"), new NodeHit(30, NodeKind.SeizureCase, "SZ-1")],
            [LinkKind.UsesPhone, LinkKind.SeizedIn])]);

    [Fact]
    public void Side_panel_shows_the_entity_its_risk_and_the_records_behind_every_link()
    {
        var cut = Render<NodePanel>(p => p.Add(x => x.Details, Details()));

        Assert.Equal("7", cut.Find("[data-testid=node-panel]").GetAttribute("data-node-id"));
        Assert.Equal("(주)청해진트레이딩", cut.Find("[data-testid=node-label]").TextContent);
        Assert.Equal("Importer", cut.Find("[data-testid=node-kind]").TextContent.Trim());
        Assert.Contains("청해진 트레이딩 주식회사", cut.Find("[data-testid=node-merged-from]").TextContent);
        var path = cut.Find("[data-testid=risk-path]").TextContent;
        Assert.Contains("Uses phone", path);
        Assert.DoesNotContain("uses-phone", path);
        Assert.Contains("SZ-1", path);

        var links = cut.FindAll("[data-testid=node-link]");
        Assert.Equal(["uses-phone", "imports-from"], links.Select(l => l.GetAttribute("data-link-kind")));
        Assert.Contains("14 records", links[1].TextContent);
        // Link kinds read in words, never as kebab-case names.
        Assert.Equal(["Uses phone", "Import trade"], cut.FindAll("[data-testid=node-link-kind]").Select(c => c.TextContent.Trim()));
        Assert.Contains("4 more not shown", cut.Find("[data-testid=node-links-not-shown]").TextContent);

        // The timeline lists dated records (newest first), not the undated trader register row.
        var events = cut.FindAll("[data-testid=timeline-event]");
        Assert.Equal(2, events.Count);
        Assert.StartsWith("2026-03-05 · Declaration D-2026-0502", events[0].TextContent.Trim());
    }

    [Fact]
    public void Expanding_a_link_lists_its_records_and_attaching_one_reports_it()
    {
        EvidenceView? attached = null;
        int? opened = null;
        var cut = Render<NodePanel>(p => p.Add(x => x.Details, Details())
            .Add(x => x.OnAttach, (EvidenceView e) => attached = e)
            .Add(x => x.OnOpenNode, (int id) => opened = id));

        cut.FindAll("[data-testid=node-link] .mud-expand-panel-header")[1].Click();
        var supplierLink = cut.FindAll("[data-testid=node-link]")[1];
        var records = supplierLink.QuerySelectorAll("[data-testid=link-evidence]");
        Assert.Equal(2, records.Length);
        Assert.Contains("Declaration D-2026-0501", records[0].TextContent);
        Assert.Contains("and 12 more records", cut.Markup);

        cut.FindAll("[data-testid=node-link]")[1].QuerySelectorAll("[data-testid=attach-record]")[1].Click();
        Assert.Equal("D-2026-0502", attached?.Reference);
        cut.FindAll("[data-testid=open-neighbour]")[1].Click();
        Assert.Equal(20, opened);
    }

    [Fact]
    public void Undated_trader_register_links_say_so_instead_of_showing_a_placeholder_day()
    {
        var register = GraphSourceReader.RegisterDate;
        var details = new NodeDetails(
            new NodeView(40, NodeKind.BankAccount, "EBILAEAD 301-980668-017", 2, 1.2, 40, 0.02), "EBILAEAD301980668017", 0, register, register, [],
            [new NeighbourLinkView(new LinkView(200, 41, 40, LinkKind.PaysInto, "pays-into", register, register, 1), new NodeHit(41, NodeKind.Supplier, "UAE Trading"),
                [new EvidenceView("Supplier", 41, "UAE Trading", register)])],
            LinksNotShown: 0, []);
        var cut = Render<NodePanel>(p => p.Add(x => x.Details, details));

        Assert.Equal("trader register (undated)", cut.Find("[data-testid=node-seen]").TextContent);
        cut.Find("[data-testid=node-link] .mud-expand-panel-header").Click();
        Assert.DoesNotContain("2000-01-01", cut.Markup);
    }

    [Fact]
    public void Without_a_selection_the_panel_explains_what_to_do()
    {
        var cut = Render<NodePanel>();
        Assert.NotEmpty(cut.Find("[data-testid=node-panel-empty]").TextContent);
    }

    [Fact]
    public void Filters_start_without_hubs_and_raise_each_change()
    {
        GraphFilterState? raised = null;
        var cut = Render<GraphFilters>(p => p.Add(x => x.Value, GraphFilterState.Default).Add(x => x.ValueChanged, (GraphFilterState f) => raised = f));

        bool Checked(NodeKind kind) => cut.Find($"input[data-testid=filter-kind-{kind}]").HasAttribute("checked");
        Assert.True(Checked(NodeKind.Importer));
        Assert.False(Checked(NodeKind.TariffCode));
        Assert.False(Checked(NodeKind.Broker));

        cut.Find("input[data-testid=filter-kind-Phone]").Change(false);
        Assert.NotNull(raised);
        Assert.DoesNotContain(NodeKind.Phone, raised!.Kinds);
        Assert.Contains(NodeKind.Importer, raised.Kinds);
        cut.Find("input[data-testid=filter-kind-TariffCode]").Change(true);
        Assert.Contains(NodeKind.TariffCode, raised.Kinds);
        Assert.DoesNotContain(NodeKind.Phone, raised.Kinds);
    }

    [Fact]
    public void Filter_state_converts_to_the_server_filter_and_the_canvas_filter()
    {
        var state = GraphFilterState.Default.Toggle(NodeKind.Container, false) with { From = new DateOnly(2026, 1, 1) };
        var filter = state.ToGraphFilter();
        Assert.DoesNotContain(NodeKind.Container, filter.NodeKinds!);
        Assert.Equal(new DateOnly(2026, 1, 1), filter.From);
        var canvas = System.Text.Json.JsonSerializer.Serialize(state.ToCanvasFilter());
        Assert.Contains("\"from\":\"2026-01-01\"", canvas);
        Assert.DoesNotContain("Container", canvas);
    }
}
