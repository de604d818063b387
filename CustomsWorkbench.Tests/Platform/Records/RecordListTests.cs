using CustomsWorkbench.Platform.Records;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Records;

[Collection(WorkbenchCollection.Name)]
public class RecordListTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Every_column_of_every_list_sorts_in_sql_both_ways()
    {
        _ = factory.Server;
        await AssertSortsAsync(factory.Services.GetRequiredService<DeclarationList>(), new DeclarationFilter());
        await AssertSortsAsync(factory.Services.GetRequiredService<ParcelList>(), new ParcelFilter());
        await AssertSortsAsync(factory.Services.GetRequiredService<SeizureList>(), new SeizureFilter());
        await AssertSortsAsync(factory.Services.GetRequiredService<ImporterList>(), new ImporterFilter());
    }

    [Fact]
    public async Task Declaration_filters_narrow_the_page_and_the_count_matches_the_rows()
    {
        _ = factory.Server;
        var list = factory.Services.GetRequiredService<DeclarationList>();
        var all = await list.GetPageAsync(new DeclarationFilter(), new PageRequest(0, 500));
        Assert.True(all.TotalCount > 0, "the demo world should have declarations");
        var inspected = await list.GetPageAsync(new DeclarationFilter(Inspection: InspectionFilter.Inspected), new PageRequest(0, 500));
        Assert.InRange(inspected.TotalCount, 1, all.TotalCount - 1);
        Assert.All(inspected.Items, r => Assert.True(r.Inspected));
        var first = all.Items[0];
        var byNumber = await list.GetPageAsync(new DeclarationFilter(Search: first.Number), new PageRequest());
        Assert.Contains(byNumber.Items, r => r.Id == first.Id);
        var streamed = 0;
        await foreach (var _ in list.StreamAsync(new DeclarationFilter(Inspection: InspectionFilter.Inspected))) streamed++;
        Assert.Equal(inspected.TotalCount, streamed);
    }

    [Fact]
    public async Task Page_size_is_capped_so_one_request_cannot_load_a_whole_table()
    {
        _ = factory.Server;
        var list = factory.Services.GetRequiredService<DeclarationList>();
        var page = await list.GetPageAsync(new DeclarationFilter(), new PageRequest(0, 1_000_000));
        Assert.True(page.Items.Count <= PageRequest.MaxPageSize);
    }

    // SQLite compares text by bytes (ordinal), not by culture.
    private static readonly Comparer<object?> SqliteOrder = Comparer<object?>.Create((a, b) =>
        a is string x && b is string y ? string.CompareOrdinal(x, y) : Comparer<object?>.Default.Compare(a, b));

    private static async Task AssertSortsAsync<TFilter, TRow>(RecordList<TFilter, TRow> list, TFilter filter)
    {
        foreach (var property in typeof(TRow).GetProperties())
        {
            var ascending = await list.GetPageAsync(filter, new PageRequest(0, 50, property.Name, false));
            var descending = await list.GetPageAsync(filter, new PageRequest(0, 50, property.Name, true));
            Assert.Equal(ascending.TotalCount, descending.TotalCount);
            var values = ascending.Items.Select(r => property.GetValue(r)).ToList();
            Assert.Equal(values.OrderBy(v => v, SqliteOrder).ToList(), values);
        }
    }
}
