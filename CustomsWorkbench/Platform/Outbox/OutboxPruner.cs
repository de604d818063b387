using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Outbox;

/// <summary>Deletes completed messages (and their delivery rows) once they are older than the retention period.</summary>
public sealed class OutboxPruner(IDbContextFactory<WorkbenchDbContext> factory, IOptions<OutboxOptions> options, TimeProvider clock)
{
    public async Task<int> PruneAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        await using var db = await factory.CreateDbContextAsync(ct);
        var old = db.Set<OutboxMessage>().Where(m => m.CompletedAtUtc != null && m.CompletedAtUtc < cutoff);
        // Deliveries first: ExecuteDelete bypasses EF's cascade, and SQLite enforces the foreign key.
        await db.Set<OutboxDelivery>().Where(d => old.Select(m => m.Id).Contains(d.MessageId)).ExecuteDeleteAsync(ct);
        return await old.ExecuteDeleteAsync(ct);
    }
}
