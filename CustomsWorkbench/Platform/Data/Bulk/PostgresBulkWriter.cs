using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CustomsWorkbench.Platform.Data.Bulk;

/// <summary>
/// PostgreSQL's bulk path: rows are buffered per table and written with binary COPY when the caller ends a batch, inside
/// the import's one transaction. Imports are serialised by a transaction-scoped advisory lock (as SQLite's write lock
/// serialises them), and reserving ids locks the table against other inserts and moves its identity sequence past the
/// reserved block, so EF Core inserts made later never collide with COPY's explicit ids.
/// </summary>
public sealed class PostgresBulkWriter : IBulkWriter
{
    /// <summary>Key of the advisory lock that one import at a time holds (any constant shared by all servers).</summary>
    public const long ImportLockKey = 0x43574B_494D50; // "CWK" "IMP"

    public async Task<IBulkSession> BeginAsync(WorkbenchDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", ct);
        return new Session(db, (NpgsqlConnection)db.Database.GetDbConnection(), transaction);
    }

    private sealed class Session(WorkbenchDbContext db, NpgsqlConnection connection, IDbContextTransaction transaction) : IBulkSession
    {
        private readonly Dictionary<string, CopyTable> tables = [];
        private readonly Dictionary<string, int> nextIds = [];

        public IDbContextTransaction Transaction => transaction;

        public async Task<int> ReserveIdsAsync(string table, int count, CancellationToken ct)
        {
            var quoted = Quote(table);
            if (!nextIds.TryGetValue(table, out var next))
            {
                // Held to the end of the transaction: no other writer inserts here until this import has committed.
                await ExecuteAsync($"LOCK TABLE {quoted} IN SHARE ROW EXCLUSIVE MODE", ct);
                var highest = await ScalarAsync($"""
                    SELECT GREATEST(COALESCE((SELECT MAX("Id") FROM {quoted}), 0),
                                    COALESCE(pg_sequence_last_value(pg_get_serial_sequence('{quoted}', 'Id')::regclass), 0))
                    """, ct);
                next = checked((int)highest + 1);
            }
            nextIds[table] = checked(next + count);
            // Sequences are not transactional: a rolled-back import leaves a gap, never a reused id.
            await ExecuteAsync($"SELECT setval(s::regclass, {next + count - 1}) FROM pg_get_serial_sequence('{quoted}', 'Id') AS s WHERE s IS NOT NULL", ct);
            return next;
        }

        public IBulkTable Table(string table, params string[] columns)
        {
            var key = table + "(" + string.Join(",", columns) + ")";
            if (!tables.TryGetValue(key, out var copy)) tables[key] = copy = new CopyTable(connection, table, columns);
            return copy;
        }

        public async Task CommitAsync(CancellationToken ct)
        {
            // In the order the tables were first asked for: parents before the rows that refer to them.
            foreach (var table in tables.Values) await ((IBulkTable)table).FlushAsync(ct);
            await transaction.CommitAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }

        private async Task<long> ScalarAsync(string sql, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
        }

        private async Task ExecuteAsync(string sql, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>One table's buffered rows; each flush is one binary COPY with every value written as its column's type.</summary>
    private sealed class CopyTable(NpgsqlConnection connection, string table, string[] columns) : IBulkTable
    {
        private readonly List<object?[]> rows = [];
        private string[]? columnTypes;

        public void Add(params object?[] values)
        {
            if (values.Length != columns.Length) throw new ArgumentException($"{table} takes {columns.Length} values, not {values.Length}.", nameof(values));
            rows.Add(values);
        }

        public async ValueTask FlushAsync(CancellationToken ct)
        {
            if (rows.Count == 0) return;
            columnTypes ??= await ColumnTypesAsync(ct);
            var copy = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)";
            await using (var importer = await connection.BeginBinaryImportAsync(copy, ct))
            {
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(ct);
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i] is null) await importer.WriteNullAsync(ct);
                        else await importer.WriteAsync(ToDb(row[i]!), columnTypes[i], ct);
                    }
                }
                await importer.CompleteAsync(ct);
            }
            rows.Clear();
        }

        /// <summary>Binary COPY does not convert: each value is sent as its column's own type (e.g. a double into numeric).</summary>
        private async Task<string[]> ColumnTypesAsync(CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(
                "SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table", connection);
            command.Parameters.AddWithValue("table", table);
            var types = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) types[reader.GetString(0)] = reader.GetString(1);
            return columns.Select(c => types.TryGetValue(c, out var type) ? type
                : throw new InvalidOperationException($"Table {table} has no column {c}.")).ToArray();
        }

        /// <summary>As EF Core stores them: enums by name; everything else (dates, GUIDs, numbers, text) as itself.</summary>
        private static object ToDb(object value) => value is Enum e ? e.ToString() : value;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
