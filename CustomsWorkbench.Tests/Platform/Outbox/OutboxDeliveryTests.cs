using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Outbox;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Outbox;

/// <summary>Imports record "arrived" in the outbox with their data; every sink gets each arrival exactly once, whatever the caller does.</summary>
public class OutboxDeliveryTests(OutboxTestFactory factory) : IClassFixture<OutboxTestFactory>
{
    private async Task<List<int>> IdsAsync(string prefix)
    {
        await using var db = factory.CreateDbContext();
        return await db.Declarations.Where(d => d.Number.StartsWith(prefix)).Select(d => d.Id).ToListAsync();
    }

    private async Task<bool> NothingPendingAsync()
    {
        await using var db = factory.CreateDbContext();
        return !await db.Set<OutboxMessage>().AnyAsync(m => m.CompletedAtUtc == null);
    }

    [Fact]
    public async Task A_cancelled_import_request_still_ends_up_scored_patched_and_audited()
    {
        _ = factory.Server;
        using var caller = new CancellationTokenSource();
        // The caller goes away the moment the data is committed, before any sink ran (as a client disconnecting would).
        var progress = new InlineProgress<ImportProgress>(p => { if (p.Phase == ImportPhase.Done) caller.Cancel(); });

        var report = await factory.Imports.ImportFileAsync(BacudaFile.WriteTemp(BacudaFile.Text("OBXCANCEL", 6)), "cancel.csv", "test", progress, caller.Token);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        var ids = await IdsAsync("OBXCANCEL");
        Assert.Equal(6, ids.Count);
        await OutboxTestFactory.EventuallyAsync(NothingPendingAsync, "the outbox worker to deliver the arrival");
        await using var db = factory.CreateDbContext();
        Assert.Equal(ids.Order(), await db.Set<RiskAssessment>().Where(a => ids.Contains(a.DeclarationId) && a.IsCurrent).Select(a => a.DeclarationId).OrderBy(i => i).ToListAsync());
        Assert.True(await db.Set<GraphLinkEvidence>().AnyAsync(e => e.Reference.StartsWith("OBXCANCEL")));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "import.completed" && a.EntityId == report.BatchId.ToString()));
        Assert.Equal(ids.Order(), factory.Flaky.Handled.Intersect(ids).Order());
    }

    [Fact]
    public async Task A_sink_that_fails_twice_then_succeeds_gets_the_arrival_exactly_once_and_the_others_are_not_repeated()
    {
        _ = factory.Server;
        await OutboxTestFactory.EventuallyAsync(NothingPendingAsync, "earlier deliveries to finish");
        Interlocked.Exchange(ref factory.Flaky.FailuresLeft, 2);

        var report = await factory.Imports.ImportFileAsync(BacudaFile.WriteTemp(BacudaFile.Text("OBXFLAKY", 5)), "flaky.csv", "test");

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        var ids = await IdsAsync("OBXFLAKY");
        await OutboxTestFactory.EventuallyAsync(NothingPendingAsync, "the retries to deliver the arrival");
        Assert.Equal(3, factory.Flaky.CallsWith(ids));
        Assert.Equal(ids.Order(), factory.Flaky.Handled.Where(ids.Contains).Order());
        Assert.Single(factory.Arrivals.Calls, call => call.Intersect(ids).Any());
        await using var db = factory.CreateDbContext();
        var message = await db.Set<OutboxMessage>().OrderBy(m => m.Id).LastAsync();
        Assert.Equal(3, message.Attempts);
        Assert.Contains("flaky sink refuses", message.LastError);
        Assert.Equal(1, await db.Set<OutboxDelivery>().CountAsync(d => d.MessageId == message.Id && d.Consumer == nameof(FlakyArrivalSink)));
    }

    [Fact]
    public async Task Two_dispatchers_racing_for_the_same_messages_deliver_each_once()
    {
        _ = factory.Server;
        await OutboxTestFactory.EventuallyAsync(NothingPendingAsync, "earlier deliveries to finish");
        var report = await factory.Imports.ImportFileAsync(BacudaFile.WriteTemp(BacudaFile.Text("OBXRACE", 4)), "race.csv", "test");
        var ids = await IdsAsync("OBXRACE");
        var handledBefore = factory.Flaky.Handled.Count(ids.Contains);
        factory.Flaky.Delay = TimeSpan.FromMilliseconds(300);
        try
        {
            // Three pending notices of these declarations (as if written by three imports), claimed by two "servers" and the worker at once.
            await using (var db = factory.CreateDbContext())
            {
                db.AddRange(Enumerable.Range(0, 3).SelectMany(_ => DeclarationArrivalTopic.Messages(ids, DateTime.UtcNow)));
                await db.SaveChangesAsync();
            }
            var servers = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<OutboxDispatcher>(factory.Services)).ToList();
            await Task.WhenAll(servers.Select(s => s.DispatchDueAsync()));
            await OutboxTestFactory.EventuallyAsync(NothingPendingAsync, "all notices to be delivered");
        }
        finally
        {
            factory.Flaky.Delay = TimeSpan.Zero;
        }

        Assert.True(report.Succeeded);
        Assert.Equal(handledBefore + 3 * ids.Count, factory.Flaky.Handled.Count(ids.Contains));
        Assert.Equal(4, factory.Flaky.CallsWith(ids));
        Assert.Equal(4, factory.Arrivals.Calls.Count(call => call.Intersect(ids).Any()));
    }

    [Fact]
    public async Task Completed_messages_are_pruned_after_the_retention_period_and_pending_ones_kept()
    {
        _ = factory.Server;
        var old = DateTime.UtcNow.AddDays(-30);
        OutboxMessage Message(DateTime created, DateTime? completed) => new()
        {
            Topic = "test.prune", PayloadJson = "[]", CreatedAtUtc = created, NextAttemptAtUtc = DateTime.UtcNow.AddDays(1), CompletedAtUtc = completed,
        };
        var (done, recent, pending) = (Message(old, old), Message(DateTime.UtcNow, DateTime.UtcNow), Message(old, null));
        await using (var db = factory.CreateDbContext())
        {
            db.AddRange(done, recent, pending);
            await db.SaveChangesAsync();
            db.Add(new OutboxDelivery { MessageId = done.Id, Consumer = "x", DeliveredAtUtc = old });
            await db.SaveChangesAsync();
        }

        await factory.Services.GetRequiredService<OutboxPruner>().PruneAsync();

        await using var check = factory.CreateDbContext();
        var left = await check.Set<OutboxMessage>().Where(m => m.Topic == "test.prune").Select(m => m.Id).ToListAsync();
        Assert.Equal(new[] { recent.Id, pending.Id }.Order(), left.Order());
        Assert.False(await check.Set<OutboxDelivery>().AnyAsync(d => d.MessageId == done.Id));
        await using var cleanup = factory.CreateDbContext();
        await cleanup.Set<OutboxMessage>().Where(m => m.Id == pending.Id).ExecuteDeleteAsync();
    }
}
