using System.Data.Common;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>A patch that arrives while the index is loading must not be lost (the load may already have read past its rows).</summary>
public class GraphIndexLoadingTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    [Fact]
    public async Task A_patch_arriving_while_the_index_loads_is_in_the_loaded_snapshot()
    {
        _ = factory.Server;
        var pause = new PauseAfterReading();
        var index = new GraphIndex(new PausingFactory(factory.CreateDbContext().Database.GetConnectionString()!, pause), NullLogger<GraphIndex>.Instance);

        var loading = index.GetAsync();
        await pause.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        index.Patch([new IndexNode(900_001, NodeKind.Importer, "late importer"), new IndexNode(900_002, NodeKind.Supplier, "late supplier")],
            [new IndexLink(900_003, 900_001, 900_002, LinkKind.DeclaredBy, 100, 120)]);
        pause.Release.SetResult();
        var snapshot = await loading.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(snapshot.TryIndexOf(900_001, out var importer));
        Assert.True(snapshot.TryIndexOf(900_002, out var declarant));
        var linked = false;
        foreach (var edge in snapshot.EdgesOf(importer)) linked |= edge.LinkId == 900_003 && edge.Target == declarant;
        Assert.True(linked);
    }

    /// <summary>Holds the load after it read the rows (when it closes its connection) until the test has patched.</summary>
    private sealed class PauseAfterReading : DbConnectionInterceptor
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // The load ends by disposing its context, which closes or disposes the connection (which one depends on who opened it).
        public override async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            await PauseAsync();
            return result;
        }

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            PauseAsync().GetAwaiter().GetResult();
            return result;
        }

        public override async ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            await PauseAsync();
            return result;
        }

        public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            PauseAsync().GetAwaiter().GetResult();
            return result;
        }

        private Task PauseAsync()
        {
            Reached.TrySetResult();
            return Release.Task;
        }
    }

    private sealed class PausingFactory(string connectionString, PauseAfterReading pause) : IDbContextFactory<WorkbenchDbContext>
    {
        public WorkbenchDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(connectionString).AddInterceptors(pause).Options);
    }
}
