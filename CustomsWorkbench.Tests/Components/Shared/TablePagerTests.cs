using Bunit;
using CustomsWorkbench.Components.Shared;
using MudBlazor;

namespace CustomsWorkbench.Tests.Components.Shared;

/// <summary>The table pager's words ("Rows per page", "1-10 of 30") follow the UI language like the data grid's.</summary>
public class TablePagerTests() : ComponentTestContext("ko-KR")
{
    [Fact]
    public void The_pager_reads_in_korean()
    {
        Render<MudPopoverProvider>();
        var rows = Enumerable.Range(1, 30).ToList();

        var cut = Render<MudTable<int>>(p => p
            .Add(t => t.Items, rows)
            .Add(t => t.RowsPerPage, 10)
            .Add(t => t.RowTemplate, row => $"<td>{row}</td>")
            .Add<TablePager>(t => t.PagerContent));

        Assert.Contains("페이지당 행 수", cut.Markup);
        Assert.Contains("30건 중 1-10", cut.Markup);
        Assert.DoesNotContain("Rows per page", cut.Markup);
    }
}
