using Microsoft.EntityFrameworkCore.Storage;

namespace CustomsWorkbench.Platform.Data.Bulk;

/// <summary>
/// The provider's fast path for imports: rows go straight to the database (SQLite: one prepared INSERT reused per table;
/// PostgreSQL: binary COPY) inside the import's one transaction, which EF Core commands on the same context share.
/// Ids are given by the caller from <see cref="IBulkSession.ReserveIdsAsync"/>, because COPY returns none.
/// </summary>
public interface IBulkWriter
{
    /// <summary>Opens <paramref name="db"/>'s connection tuned for a long write and begins the import's transaction on it.</summary>
    Task<IBulkSession> BeginAsync(WorkbenchDbContext db, CancellationToken ct);
}

/// <summary>One import's transaction. Disposing without <see cref="CommitAsync"/> rolls everything back.</summary>
public interface IBulkSession : IAsyncDisposable
{
    IDbContextTransaction Transaction { get; }

    /// <summary>The first of <paramref name="count"/> consecutive ids of <paramref name="table"/> that no other writer will use.</summary>
    Task<int> ReserveIdsAsync(string table, int count, CancellationToken ct);

    /// <summary>The bulk inserter for a table (one per table and column list for the whole session).</summary>
    IBulkTable Table(string table, params string[] columns);

    /// <summary>Writes whatever the tables still buffer, then commits.</summary>
    Task CommitAsync(CancellationToken ct);
}

/// <summary>Rows of one table, values in column order as the entity holds them (converted like EF Core converts them).</summary>
public interface IBulkTable
{
    void Add(params object?[] values);

    /// <summary>
    /// Ends a batch: a provider that streams (COPY) finishes its stream here, so EF Core queries between batches can use the
    /// connection again; a provider that executes each row at once has nothing to do.
    /// </summary>
    ValueTask FlushAsync(CancellationToken ct);
}
