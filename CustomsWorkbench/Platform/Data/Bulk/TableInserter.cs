using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CustomsWorkbench.Platform.Data.Bulk;

/// <summary>
/// A prepared INSERT reused for every row: an order of magnitude faster than EF Core change tracking for bulk writes.
/// Values are converted to the representations EF Core's SQLite provider uses (ISO dates, upper-case GUID text, 0/1,
/// enums as their names).
/// </summary>
public sealed class TableInserter : IBulkTable, IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public TableInserter(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
    }

    public void Insert(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++) parameters[i].Value = ToDb(values[i]);
        command.ExecuteNonQuery();
    }

    void IBulkTable.Add(params object?[] values) => Insert(values);

    ValueTask IBulkTable.FlushAsync(CancellationToken ct) => ValueTask.CompletedTask;

    private static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid g => g.ToString().ToUpperInvariant(),
        bool b => b ? 1 : 0,
        Enum e => e.ToString(),
        _ => value,
    };

    public void Dispose() => command.Dispose();
}
