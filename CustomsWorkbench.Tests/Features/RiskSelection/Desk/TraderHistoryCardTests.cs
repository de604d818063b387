using Bunit;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Tests.Components;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>A trader's history in the dossier fits its column: every column has a header, the number stays in view, the origin gives way.</summary>
public class TraderHistoryCardTests() : ComponentTestContext("en-US")
{
    private static TraderHistory History(int recent) => new("IM001", "Hanbit Trading", 12, 3, 1, 150_000,
        Enumerable.Range(1, recent).Select(i => new PastDeclaration(i, $"41969-26-00{i:0000}", new DateOnly(2026, 10, i), "6402990000", "KH", 12_345, i == 1, i == 1 ? false : null, null)).ToList());

    [Fact]
    public void Recent_declarations_have_a_header_per_column_a_sticky_number_and_an_optional_origin()
    {
        var cut = Render<TraderHistoryCard>(p => p.Add(c => c.History, History(3)).Add(c => c.Title, "Importer history").Add(c => c.TestId, "importer-history"));

        var headers = cut.FindAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Declaration", "Date", "Tariff code", "Origin", "CIF", "Outcome"], headers);
        Assert.Contains("wb-fit", cut.Find("[data-testid=importer-history] .mud-simple-table").ClassName);
        Assert.All(cut.FindAll("tbody tr"), row => Assert.Contains("wb-optional-md", row.Children[3].ClassName));
        Assert.Equal(3, cut.FindAll("tbody tr td:first-child a[href^='risk/declarations/']").Count);
    }

    [Fact]
    public void No_recent_declarations_show_no_table()
    {
        var cut = Render<TraderHistoryCard>(p => p.Add(c => c.History, History(0)).Add(c => c.Title, "Broker history"));
        Assert.Empty(cut.FindAll("table"));
    }
}
