using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>The queue's server-side paging, sorting and filtering over the real database.</summary>
public class RiskQueueQueryTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>, IAsyncLifetime
{
    private RiskQueueQuery Query => factory.Services.GetRequiredService<RiskQueueQuery>();
    private List<DeclarationTriage> _rows = [];

    public async Task InitializeAsync()
    {
        await using var db = factory.CreateDbContext();
        // The engine scores the demo world at start-up; without it, seed plausible rows.
        if (!await db.Set<DeclarationTriage>().AnyAsync())
            await TriageSeed.AddAsync(db, 120, seed: 11);
        _rows = await db.Set<DeclarationTriage>().AsNoTracking().ToListAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private IEnumerable<DeclarationTriage> Active => _rows.Where(t => t.Status is TriageStatus.Open or TriageStatus.Claimed);

    [Fact]
    public async Task Default_page_is_the_open_queue_by_score_descending_with_the_total()
    {
        var page = await Query.GetPageAsync(new QueueFilter(), new PageRequest(0, 25), "officer");

        Assert.Equal(Active.Count(), page.TotalCount);
        Assert.Equal(Active.OrderByDescending(t => t.Score).Take(25).Select(t => t.Score), page.Items.Select(r => r.Score));
        Assert.All(page.Items, r => Assert.False(string.IsNullOrEmpty(r.Number)));
        Assert.All(page.Items, r => Assert.False(string.IsNullOrEmpty(r.ImporterName)));
    }

    [Fact]
    public async Task Filters_by_channel_score_range_and_tariff_prefix_and_counts_the_same()
    {
        var prefix = Active.GroupBy(t => t.MainTariffCode[..2]).OrderByDescending(g => g.Count()).First().Key;
        var filter = new QueueFilter(Channel: Channel.Red, MinScore: 0.75, TariffPrefix: prefix);
        var expected = Active.Where(t => t.RecommendedChannel == Channel.Red && t.Score >= 0.75 && t.MainTariffCode.StartsWith(prefix)).ToList();

        var page = await Query.GetPageAsync(filter, new PageRequest(0, 100), "officer");

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Select(t => t.DeclarationId).Order(), page.Items.Select(r => r.DeclarationId).Order());
    }

    [Fact]
    public async Task Sorts_by_date_ascending_and_pages()
    {
        var first = await Query.GetPageAsync(new QueueFilter(), new PageRequest(0, 10, nameof(QueueRow.Date), false), "officer");
        var second = await Query.GetPageAsync(new QueueFilter(), new PageRequest(1, 10, nameof(QueueRow.Date), false), "officer");

        var dates = first.Items.Concat(second.Items).Select(r => r.Date).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.Empty(first.Items.Select(r => r.DeclarationId).Intersect(second.Items.Select(r => r.DeclarationId)));
    }

    [Fact]
    public async Task Unsortable_columns_fall_back_to_score()
    {
        var page = await Query.GetPageAsync(new QueueFilter(), new PageRequest(0, 10, nameof(QueueRow.ImporterName), false), "officer");
        Assert.Equal(page.Items.Select(r => r.Score).OrderDescending(), page.Items.Select(r => r.Score));
    }

    [Fact]
    public async Task Importer_filter_matches_code_or_name()
    {
        var sample = (await Query.GetPageAsync(new QueueFilter(), new PageRequest(0, 1), "officer")).Items.Single();
        var byCode = await Query.GetPageAsync(new QueueFilter(Importer: sample.ImporterCode), new PageRequest(0, 100), "officer");
        Assert.Contains(byCode.Items, r => r.DeclarationId == sample.DeclarationId);
        Assert.All(byCode.Items, r => Assert.StartsWith(sample.ImporterCode, r.ImporterCode));
    }

    [Fact]
    public void Claimed_by_someone_else_leaves_the_unclaimed_view_but_stays_on_active()
    {
        var row = new QueueRow { Status = TriageStatus.Claimed, ClaimedBy = "officer" };
        Assert.False(RiskQueueQuery.Matches(new QueueFilter(View: QueueView.Unclaimed), row, "officer2"));
        Assert.True(RiskQueueQuery.Matches(new QueueFilter(View: QueueView.Active), row, "officer2"));
        Assert.True(RiskQueueQuery.Matches(new QueueFilter(View: QueueView.Mine), row, "officer"));
        Assert.False(RiskQueueQuery.Matches(new QueueFilter(View: QueueView.Mine), row, "officer2"));
    }
}
