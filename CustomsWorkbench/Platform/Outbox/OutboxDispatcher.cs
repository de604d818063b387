using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Outbox;

/// <summary>
/// Hands outbox messages to their consumers. A message is first claimed with a conditional UPDATE (only when nobody
/// holds a live lease), so with several dispatchers — the background worker, an import dispatching inline, other app
/// servers on the same database — one of them handles it. Each consumer's delivery is recorded as it succeeds, so a
/// retry goes only to the consumers that failed; the message is completed when all have it.
/// </summary>
public sealed class OutboxDispatcher(IDbContextFactory<WorkbenchDbContext> factory, IServiceScopeFactory scopes, IEnumerable<IOutboxTopic> topics,
    IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private const int ClaimBatch = 50;
    private readonly Dictionary<string, IOutboxTopic> _topics = topics.ToDictionary(t => t.Name);

    /// <summary>This dispatcher's name on the leases it holds (unique per instance, so two in one process do not share).</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Dispatches every message that is due (new, retry time reached, or its lease lapsed); returns how many were completed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var completed = 0;
        var tried = new HashSet<long>();
        while (true)
        {
            var now = Now;
            await using var db = await factory.CreateDbContextAsync(ct);
            var due = await Due(db.Set<OutboxMessage>(), now).Where(m => !tried.Contains(m.Id)).OrderBy(m => m.Id)
                .Select(m => m.Id).Take(ClaimBatch).ToListAsync(ct);
            if (due.Count == 0) return completed;
            foreach (var id in due)
            {
                tried.Add(id);
                if (await DispatchOneAsync(id, ct)) completed++;
            }
        }
    }

    /// <summary>
    /// Dispatches the given messages now, in order (e.g. right after the transaction that wrote them). All are claimed
    /// first, so the background worker does not start on the later ones meanwhile (two deliveries of one import running
    /// side by side would double the memory they need); what this call does not finish is released for it.
    /// </summary>
    public async Task DispatchAsync(IReadOnlyList<long> ids, CancellationToken ct = default)
    {
        var claimed = new List<long>();
        try
        {
            foreach (var id in ids)
                if (await ClaimAsync(id, ct)) claimed.Add(id);
            while (claimed.Count > 0)
            {
                await DeliverClaimedAsync(claimed[0], ct);
                claimed.RemoveAt(0);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Give the messages back at once (without counting an attempt): the background worker takes it from here.
            foreach (var id in claimed) await ReleaseAsync(id);
            throw;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, DateTime now) =>
        messages.Where(m => m.CompletedAtUtc == null && m.NextAttemptAtUtc <= now && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now));

    /// <returns>True when the message was completed by this call.</returns>
    private async Task<bool> DispatchOneAsync(long id, CancellationToken ct)
    {
        if (!await ClaimAsync(id, ct)) return false;
        try
        {
            return await DeliverClaimedAsync(id, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await ReleaseAsync(id);
            throw;
        }
    }

    private async Task<bool> DeliverClaimedAsync(long id, CancellationToken ct)
    {
        try
        {
            var failures = await DeliverAsync(id, ct);
            if (failures is null) return false;
            await FinishAsync(id, failures);
            return failures.Count == 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Outbox message {Id} could not be dispatched", id);
            await FinishAsync(id, [e.Message]);
            return false;
        }
    }

    /// <returns>The consumers that failed, or null when the lease was lost to another dispatcher.</returns>
    private async Task<List<string>?> DeliverAsync(long id, CancellationToken ct)
    {
        OutboxMessage message;
        HashSet<string> delivered;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            message = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id, ct);
            delivered = (await db.Set<OutboxDelivery>().Where(d => d.MessageId == id).Select(d => d.Consumer).ToListAsync(ct)).ToHashSet();
        }
        if (!_topics.TryGetValue(message.Topic, out var topic)) return [$"no topic '{message.Topic}' registered"];
        await using var scope = scopes.CreateAsyncScope();
        var failures = new List<string>();
        foreach (var consumer in topic.Consumers(scope.ServiceProvider, message.PayloadJson).Where(c => !delivered.Contains(c.Name)))
        {
            // A long consumer must not let the lease lapse under the next one; if it lapsed and another dispatcher took it, stop.
            if (!await RenewAsync(id, ct)) return null;
            try
            {
                await consumer.HandleAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogError(e, "Outbox message {Id} ({Topic}): consumer {Consumer} failed (attempt {Attempt})", id, message.Topic, consumer.Name, message.Attempts + 1);
                failures.Add($"{consumer.Name}: {e.Message}");
                continue;
            }
            await RecordDeliveryAsync(id, consumer.Name);
        }
        return failures;
    }

    private async Task<bool> ClaimAsync(long id, CancellationToken ct)
    {
        var now = Now;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Due(db.Set<OutboxMessage>().Where(m => m.Id == id), now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, Owner).SetProperty(m => m.LeaseUntilUtc, until), ct) == 1;
    }

    private async Task<bool> RenewAsync(long id, CancellationToken ct)
    {
        var now = Now;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<OutboxMessage>().Where(m => m.Id == id && m.LeaseOwner == Owner)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntilUtc, until), ct) == 1;
    }

    /// <summary>Written even when the caller gave up: the consumer's work is done and must not be repeated.</summary>
    private async Task RecordDeliveryAsync(long id, string consumer)
    {
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        db.Add(new OutboxDelivery { MessageId = id, Consumer = consumer, DeliveredAtUtc = Now });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task FinishAsync(long id, List<string> failures)
    {
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        var mine = db.Set<OutboxMessage>().Where(m => m.Id == id && m.LeaseOwner == Owner);
        if (failures.Count == 0)
        {
            var now = Now;
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.CompletedAtUtc, now).SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null).SetProperty(m => m.Attempts, m => m.Attempts + 1), CancellationToken.None);
            return;
        }
        var attempts = await mine.Select(m => m.Attempts).SingleOrDefaultAsync(CancellationToken.None) + 1;
        var next = Now + options.Value.RetryDelay(attempts);
        var error = string.Join("; ", failures);
        await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAtUtc, next)
            .SetProperty(m => m.LastError, error).SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
    }

    private async Task ReleaseAsync(long id)
    {
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        await db.Set<OutboxMessage>().Where(m => m.Id == id && m.LeaseOwner == Owner)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
    }
}
