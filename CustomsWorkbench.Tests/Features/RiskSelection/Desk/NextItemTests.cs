using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>"Next item" over the real queue: the same view's order, items others hold skipped, the end of the view says so.</summary>
public class NextItemTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>, IAsyncLifetime
{
    private RiskQueueQuery Query => factory.Services.GetRequiredService<RiskQueueQuery>();
    private TriageService Triage => factory.Services.GetRequiredService<TriageService>();

    public async Task InitializeAsync()
    {
        await using var db = factory.CreateDbContext();
        if (!await db.Set<DeclarationTriage>().AnyAsync(t => t.Status == TriageStatus.Open))
            await TriageSeed.AddAsync(db, 60, seed: 21);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The view as the queue shows it (highest score first), read straight from the table.</summary>
    private async Task<List<DeclarationTriage>> ViewAsync(Channel channel)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<DeclarationTriage>().AsNoTracking()
            .Where(t => (t.Status == TriageStatus.Open || t.Status == TriageStatus.Claimed) && t.RecommendedChannel == channel)
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.DeclarationId).ToListAsync();
    }

    private static Channel Busiest(IEnumerable<DeclarationTriage> rows) => rows.GroupBy(t => t.RecommendedChannel).OrderByDescending(g => g.Count()).First().Key;

    private static bool Free(DeclarationTriage t) => t.Status == TriageStatus.Open || t.ClaimedBy == "officer";

    /// <summary>What "next" should be, worked out by hand from the view: the first free item after the current one.</summary>
    private async Task<int> ExpectedAfterAsync(Channel channel, int current) =>
        (await ViewAsync(channel)).SkipWhile(t => t.DeclarationId != current).Skip(1).First(Free).DeclarationId;

    [Fact]
    public async Task Next_follows_the_views_order_skips_items_held_by_others_and_restarts_from_the_top_once_the_item_left_the_view()
    {
        await using var db = factory.CreateDbContext();
        var open = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.Status == TriageStatus.Open).ToListAsync();
        var channel = Busiest(open);
        var view = new QueueFilter(QueueView.Active, channel);
        var first = (await ViewAsync(channel)).First(t => t.Status == TriageStatus.Open).DeclarationId;

        var expected = await ExpectedAfterAsync(channel, first);
        Assert.Equal(expected, await Query.NextAsync(view, first, "officer"));

        // Someone else takes that one: it is skipped.
        Assert.True((await Triage.ClaimAsync(expected, "officer2")).Succeeded);
        var afterClaim = await ExpectedAfterAsync(channel, first);
        Assert.NotEqual(expected, afterClaim);
        Assert.Equal(afterClaim, await Query.NextAsync(view, first, "officer"));

        // The officer decides the current item: it leaves the Active view, so "next" is the view's top item still free.
        Assert.True((await Triage.ClaimAsync(first, "officer")).Succeeded);
        Assert.True((await Triage.DecideAsync(first, "officer", channel, null)).Succeeded);
        var top = (await ViewAsync(channel)).First(Free).DeclarationId;
        Assert.Equal(top, await Query.NextAsync(view, first, "officer"));
        Assert.NotEqual(expected, top);
    }

    [Fact]
    public async Task Next_stays_inside_the_filters_and_is_null_at_the_end_of_the_view()
    {
        await using var db = factory.CreateDbContext();
        var open = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.Status == TriageStatus.Open).ToListAsync();
        var channel = Busiest(open);
        var view = new QueueFilter(QueueView.Unclaimed, channel);
        var rows = await ViewAsync(channel);
        var last = rows.Last(t => t.Status == TriageStatus.Open).DeclarationId;

        var next = await Query.NextAsync(view, rows.First(t => t.Status == TriageStatus.Open).DeclarationId, "officer");

        Assert.NotNull(next);
        var found = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == next);
        Assert.Equal(channel, found.RecommendedChannel);
        Assert.Equal(TriageStatus.Open, found.Status);
        Assert.Null(await Query.NextAsync(view, last, "officer"));
    }
}
