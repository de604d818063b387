using CustomsWorkbench.Features.RiskSelection.Capacity;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.Arrivals;
using CustomsWorkbench.Platform.Records;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Demo;

/// <summary>A small demo world run as an office's day: history processed, the live arrivals feed on at a high rate.</summary>
public sealed class ShiftWorldFactory : WorkbenchFactory
{
    protected override int DemoDeclarationCount => 600;
    protected override double ArrivalsPerMinute => 120;
    protected override int DemoOpenDays => 3;
}

public class ShiftWorldTests(ShiftWorldFactory factory) : IClassFixture<ShiftWorldFactory>
{
    [Fact]
    public async Task Demo_history_before_the_last_open_days_is_processed_and_the_last_days_stay_open()
    {
        await using var db = factory.CreateDbContext();
        var lastDay = await db.Declarations.Where(d => d.Source == RecordSource.Demo).MaxAsync(d => d.Date);
        var demo = db.Declarations.Where(d => d.Source == RecordSource.Demo).Select(d => d.Id);
        var history = db.Set<DeclarationTriage>().AsNoTracking().Where(t => demo.Contains(t.DeclarationId) && t.Date < lastDay.AddDays(-2));

        Assert.True(await history.CountAsync() > 300);
        Assert.False(await history.AnyAsync(t => t.Status != TriageStatus.Closed));
        // Inspected ones closed with their outcome; the rest released by the day's own selection, with no officer and no review.
        Assert.True(await history.AnyAsync(t => t.Outcome != null));
        var released = await history.Where(t => t.Outcome == null).ToListAsync();
        Assert.NotEmpty(released);
        Assert.All(released, t => Assert.Equal((Channel.Green, (string?)RiskAssessmentWriter.PriorSelection, (string?)null, ReviewStatus.None),
            (t.DecidedChannel!.Value, t.ModelVersionAtDecision, t.DecidedBy, t.Review)));
        Assert.True(await db.Set<DeclarationTriage>().AnyAsync(t => demo.Contains(t.DeclarationId) && t.Date >= lastDay.AddDays(-2) && t.Status == TriageStatus.Open));
    }

    [Fact]
    public async Task Live_arrivals_come_in_through_the_import_are_scored_and_show_in_the_shift_queue()
    {
        var today = ShiftDay.Today(TimeProvider.System);
        await using var db = factory.CreateDbContext();
        // The hosted feed runs at 120 a minute with a first burst: wait for it rather than calling it.
        var arrived = await WaitForAsync(async () => await db.Set<DeclarationTriage>().CountAsync(t => t.Date == today) >= 10);
        Assert.True(arrived, "no live arrivals were scored within the wait");

        var rows = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.Date == today).ToListAsync();
        Assert.All(rows, t => Assert.NotNull(t.ArrivedAtUtc));
        var ids = rows.Select(r => r.DeclarationId).ToList();
        Assert.True(await db.Set<RiskAssessment>().CountAsync(a => ids.Contains(a.DeclarationId) && a.IsCurrent) == ids.Count);
        Assert.All(await db.Declarations.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(),
            d => Assert.Equal((RecordSource.Import, false), (d.Source, d.Inspected)));
        Assert.True(await db.ImportBatches.AnyAsync(b => b.ImportedBy == DemoArrivalsFeed.Actor));
        Assert.True(await db.Parcels.AnyAsync(p => p.ArrivedOn == today), "the feed brings parcels through the manifest import too");

        // The queue's default view (an office's open work of today) shows them; the backlog filter does not.
        var query = factory.Services.GetRequiredService<RiskQueueQuery>();
        var office = rows.GroupBy(r => r.OfficeId).OrderByDescending(g => g.Count()).First().Key;
        var shift = await query.GetPageAsync(QueueFilter.Shift(office), new PageRequest(0, 100), "officer");
        Assert.NotEmpty(shift.Items);
        Assert.All(shift.Items, r => Assert.Equal(today, r.Date));
        var backlog = await query.GetPageAsync(QueueFilter.Shift(office) with { Period = QueuePeriod.Backlog }, new PageRequest(0, 100), "officer");
        Assert.All(backlog.Items, r => Assert.True(r.Date < today));
    }

    [Fact]
    public async Task A_full_red_capacity_holds_the_next_arrivals_out_of_red_and_says_below_capacity()
    {
        var today = ShiftDay.Today(TimeProvider.System);
        var capacity = factory.Services.GetRequiredService<OfficeCapacityService>();
        await using var db = factory.CreateDbContext();
        // Every office gets no red and no yellow capacity: whatever the model would pick goes green, marked BelowCapacity.
        foreach (var office in await db.Offices.Select(o => o.Id).ToListAsync())
        {
            var version = await db.Set<OfficeCapacity>().Where(c => c.OfficeId == office).Select(c => (Guid?)c.Version).SingleOrDefaultAsync();
            Assert.True((await capacity.SetAsync(office, 0, 0, version, "supervisor")).Succeeded);
        }
        var before = await db.Declarations.MaxAsync(d => d.Id);

        await factory.Services.GetRequiredService<DemoArrivalsFeed>().ArriveAsync(40);

        var after = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.DeclarationId > before && t.Date == today).ToListAsync();
        Assert.NotEmpty(after);
        Assert.DoesNotContain(after, t => t.Reason == SelectionReason.Model && t.RecommendedChannel != Channel.Green);
        Assert.All(after.Where(t => t.Reason is SelectionReason.Model or SelectionReason.BelowCapacity), t => Assert.Equal(Channel.Green, t.RecommendedChannel));
        var gauges = await capacity.TodayAsync();
        Assert.All(gauges, g => Assert.True(g.IsSet));
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 240; i++)
        {
            if (await condition()) return true;
            await Task.Delay(500);
        }
        return false;
    }
}
