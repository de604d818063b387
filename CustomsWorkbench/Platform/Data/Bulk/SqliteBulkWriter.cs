using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomsWorkbench.Platform.Data.Bulk;

/// <summary>
/// SQLite's bulk path: prepared INSERTs in one IMMEDIATE transaction (the write lock is taken at once, so ids reserved from
/// the table's maximum stay free), with indexes left in place and kept current row by row.
/// Durability settings are not touched: the import's all-or-nothing promise needs the WAL and its sync on commit, and a
/// single commit costs one sync. What helps is a page cache large enough that the indexes a big import walks stay in memory.
/// </summary>
public sealed class SqliteBulkWriter : IBulkWriter
{
    /// <summary>Page cache during an import, in KiB (SQLite's default is 2 MB); restored before the pooled connection is returned.</summary>
    public const int ImportCacheKiB = 64 * 1024;

    // SQLite has one writer per database file. Bulk sessions of one process queue here, without limit of time, instead of
    // on SQLite's busy timeout: thirty uploads at once behind a long import would otherwise fail with "database is locked".
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public async Task<IBulkSession> BeginAsync(WorkbenchDbContext db, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var gate = Gates.GetOrAdd(connection.DataSource ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            var cacheSize = await ScalarAsync(connection, null, "PRAGMA cache_size", ct);
            await ExecuteAsync(connection, $"PRAGMA cache_size = -{ImportCacheKiB}", ct);
            var transaction = await db.Database.BeginTransactionAsync(ct);
            return new Session(db, connection, transaction, cacheSize, gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    private sealed class Session(WorkbenchDbContext db, SqliteConnection connection, IDbContextTransaction transaction, long cacheSize, SemaphoreSlim gate) : IBulkSession
    {
        private readonly Dictionary<string, TableInserter> tables = [];
        private readonly Dictionary<string, int> nextIds = [];

        public IDbContextTransaction Transaction => transaction;

        public async Task<int> ReserveIdsAsync(string table, int count, CancellationToken ct)
        {
            if (!nextIds.TryGetValue(table, out var next))
            {
                // AUTOINCREMENT tables never reuse an id, not even a deleted row's: start above both the rows and the sequence.
                var sequence = await ScalarAsync(connection, Sqlite(transaction),
                    $"SELECT MAX(COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0))", ct);
                next = checked((int)sequence + 1);
            }
            nextIds[table] = checked(next + count);
            return next;
        }

        public IBulkTable Table(string table, params string[] columns)
        {
            var key = table + "(" + string.Join(",", columns) + ")";
            if (!tables.TryGetValue(key, out var inserter)) tables[key] = inserter = new TableInserter(connection, Sqlite(transaction), table, columns);
            return inserter;
        }

        public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

        private int disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1) return;
            try
            {
                foreach (var inserter in tables.Values) inserter.Dispose();
                await transaction.DisposeAsync();
                await ExecuteAsync(connection, $"PRAGMA cache_size = {cacheSize}", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
            finally
            {
                gate.Release();
            }
        }

        private static SqliteTransaction Sqlite(IDbContextTransaction t) => (SqliteTransaction)t.GetDbTransaction();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
