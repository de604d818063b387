using CustomsWorkbench.Platform.Outbox;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Outbox;

public class OutboxRestartTests
{
    [Fact]
    public async Task Arrivals_a_sink_never_got_before_shutdown_reach_it_after_restart_and_no_other_sink_gets_them_twice()
    {
        List<int> ids;
        string folder;
        using (var first = new OutboxTestFactory { KeepDataFolder = true })
        {
            folder = first.DataFolder;
            first.Flaky.FailuresLeft = int.MaxValue;
            var report = await first.Imports.ImportFileAsync(BacudaFile.WriteTemp(BacudaFile.Text("OBXRESTART", 3)), "restart.csv", "test");
            Assert.True(report.Succeeded, string.Join("\n", report.Errors));
            await using var db = first.CreateDbContext();
            ids = await db.Declarations.Where(d => d.Number.StartsWith("OBXRESTART")).Select(d => d.Id).ToListAsync();
            Assert.Single(first.Arrivals.Calls, call => call.Intersect(ids).Any());
            Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.CompletedAtUtc == null));
        }

        using var second = new OutboxTestFactory { DataFolder = folder };
        _ = second.Server;
        await OutboxTestFactory.EventuallyAsync(async () =>
        {
            await using var db = second.CreateDbContext();
            return !await db.Set<OutboxMessage>().AnyAsync(m => m.CompletedAtUtc == null);
        }, "the restarted app to catch up");

        Assert.Equal(ids.Order(), second.Flaky.Handled.Order());
        Assert.DoesNotContain(second.Arrivals.Calls, call => call.Intersect(ids).Any());
    }
}
