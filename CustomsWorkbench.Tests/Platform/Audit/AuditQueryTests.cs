using CustomsWorkbench.Platform.Audit;

namespace CustomsWorkbench.Tests.Platform.Audit;

public class AuditQueryTests : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync();
        await _db.Log.RecordAsync(new AuditRecord("officer", "declaration.claim", "Declaration", "1"));
        await _db.Log.RecordAsync(new AuditRecord("officer2", "declaration.claim", "Declaration", "2"));
        await _db.Log.RecordAsync(new AuditRecord("supervisor", "model.promote", "Model", "risk-2", "risk-2"));
        await _db.Log.RecordAsync(AuditRecord.AiRecommendation("risk-engine", "risk.assess", "Declaration", "1", "risk-2", new { score = 0.7 }));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Pages_newest_first_with_a_total()
    {
        var page = await _db.Query.SearchAsync(new AuditFilter(), skip: 1, take: 2);
        Assert.Equal(4, page.TotalCount);
        Assert.Equal([3L, 2L], page.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task Filters_by_actor_action_and_entity()
    {
        Assert.Equal([2L, 1L], (await _db.Query.SearchAsync(new AuditFilter(Actor: "officer"), 0, 50)).Items.Select(r => r.Id));
        Assert.Equal([2L, 1L], (await _db.Query.SearchAsync(new AuditFilter(Action: "claim"), 0, 50)).Items.Select(r => r.Id));
        var history = await _db.Query.SearchAsync(new AuditFilter(EntityType: "Declaration", EntityId: "1"), 0, 50);
        Assert.Equal([4L, 1L], history.Items.Select(r => r.Id));
        Assert.True(history.Items[0].HasAiOutput);
        Assert.Equal([1L, 4L], (await _db.Query.ForEntityAsync("Declaration", "1")).Select(e => e.Id));
    }

    [Fact]
    public async Task Filters_by_date_range()
    {
        var now = DateTime.UtcNow;
        Assert.Equal(4, (await _db.Query.SearchAsync(new AuditFilter(FromUtc: now.AddHours(-1), ToUtc: now.AddHours(1)), 0, 50)).TotalCount);
        Assert.Equal(0, (await _db.Query.SearchAsync(new AuditFilter(ToUtc: now.AddHours(-1)), 0, 50)).TotalCount);
        Assert.Equal(0, (await _db.Query.SearchAsync(new AuditFilter(FromUtc: now.AddHours(1)), 0, 50)).TotalCount);
    }

    [Fact]
    public async Task Tail_returns_the_last_entries_oldest_first()
    {
        Assert.Equal([3L, 4L], (await _db.Query.TailAsync(2)).Select(e => e.Id));
    }
}
