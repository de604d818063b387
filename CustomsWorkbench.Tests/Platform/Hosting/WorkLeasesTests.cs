using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Hosting;
using CustomsWorkbench.Tests.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomsWorkbench.Tests.Platform.Hosting;

/// <summary>
/// Once-only work (the arrivals feed, the retraining schedule) under several servers on one database: one server holds the
/// lease, renews it while it works, and another takes over only when it lapses or is let go. Runs on SQLite here and on
/// PostgreSQL in <see cref="PostgresWorkLeasesTests"/>.
/// </summary>
public sealed class WorkLeasesTests : WorkLeasesContract
{
    private DemoDatabase _database = null!;

    protected override async Task<IDbContextFactory<WorkbenchDbContext>> OpenAsync()
    {
        _database = await DemoDatabase.CreateAsync(seedReference: false);
        return new Factory(_database);
    }

    protected override Task CloseAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    private sealed class Factory(DemoDatabase database) : IDbContextFactory<WorkbenchDbContext>
    {
        public WorkbenchDbContext CreateDbContext() => database.CreateDbContext();
    }
}

/// <summary>The lease rules every provider must keep; a subclass gives each test an empty database.</summary>
public abstract class WorkLeasesContract : IAsyncLifetime
{
    private IDbContextFactory<WorkbenchDbContext> _factory = null!;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A database with no leases in it (may skip the test when its provider is not available).</summary>
    protected abstract Task<IDbContextFactory<WorkbenchDbContext>> OpenAsync();

    protected virtual Task CloseAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => _factory = await OpenAsync();

    public Task DisposeAsync() => CloseAsync();

    private WorkLeases Server() => new(_factory, new ServerInstance(),
        Microsoft.Extensions.Options.Options.Create(new WorkLeaseOptions { Seconds = 60 }), _clock, NullLogger<WorkLeases>.Instance);

    [SkippableFact]
    public async Task The_first_server_holds_the_lease_renews_it_and_the_second_is_refused()
    {
        var (a, b) = (Server(), Server());

        Assert.True(await a.TryHoldAsync("demo.arrivals"));
        Assert.False(await b.TryHoldAsync("demo.arrivals"));
        _clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(await a.TryHoldAsync("demo.arrivals"));
        _clock.Advance(TimeSpan.FromSeconds(50));
        // Renewed 50 s ago, so still a's although 100 s have passed since it was first taken.
        Assert.False(await b.TryHoldAsync("demo.arrivals"));
        Assert.Equal(a.Holder, await b.HolderOfAsync("demo.arrivals"));
        Assert.True(await b.TryHoldAsync("models.retraining-schedule"));
    }

    [SkippableFact]
    public async Task A_lapsed_lease_is_taken_over_and_the_old_holder_no_longer_has_it()
    {
        var (a, b) = (Server(), Server());
        Assert.True(await a.TryHoldAsync("demo.arrivals"));

        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.True(await b.TryHoldAsync("demo.arrivals"));
        Assert.False(await a.TryHoldAsync("demo.arrivals"));
        Assert.Equal(b.Holder, await a.HolderOfAsync("demo.arrivals"));
    }

    [SkippableFact]
    public async Task A_released_lease_is_free_at_once()
    {
        var (a, b) = (Server(), Server());
        Assert.True(await a.TryHoldAsync("demo.arrivals"));

        await b.ReleaseAsync("demo.arrivals");
        Assert.False(await b.TryHoldAsync("demo.arrivals"));
        await a.ReleaseAsync("demo.arrivals");

        Assert.True(await b.TryHoldAsync("demo.arrivals"));
    }

    [SkippableFact]
    public async Task Of_many_servers_asking_at_the_same_moment_exactly_one_wins()
    {
        var servers = Enumerable.Range(0, 8).Select(_ => Server()).ToList();

        var won = await Task.WhenAll(servers.Select(s => Task.Run(() => s.TryHoldAsync("demo.arrivals"))));

        Assert.Single(won, w => w);
        await using var db = _factory.CreateDbContext();
        Assert.Equal(1, await db.Set<CustomsWorkbench.Platform.Data.Entities.WorkLease>().CountAsync());
    }

    [SkippableFact]
    public async Task Lease_names_are_bounded()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Server().TryHoldAsync(new string('x', 65)));
        await Assert.ThrowsAsync<ArgumentException>(() => Server().TryHoldAsync(" "));
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
