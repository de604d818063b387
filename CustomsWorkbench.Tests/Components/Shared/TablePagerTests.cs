using Bunit;
using CustomsWorkbench.Components.Shared;
using CustomsWorkbench.Platform.Localization;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public void The_data_grid_pager_reads_in_korean_through_the_workbench_localizer()
    {
        Services.AddTransient<MudLocalizer, WorkbenchMudLocalizer>();
        Render<MudPopoverProvider>();

        var cut = Render<MudDataGrid<int>>(p => p
            .Add(g => g.Items, Enumerable.Range(1, 30).ToList())
            .Add(g => g.RowsPerPage, 10)
            .Add(g => g.Columns, b => { b.OpenComponent<PropertyColumn<int, int>>(0); b.AddAttribute(1, "Property", (System.Linq.Expressions.Expression<Func<int, int>>)(x => x)); b.CloseComponent(); })
            .Add<MudDataGridPager<int>>(g => g.PagerContent));

        Assert.Contains("30건 중 1-10", cut.Markup);
        Assert.Contains("페이지당 행 수", cut.Markup);
    }
}
