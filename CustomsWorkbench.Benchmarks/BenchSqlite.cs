using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo.Reference;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// Shared by the query benchmarks: a migrated SQLite file with reference data and generated rows, kept per size in a temp
/// folder (read-only use) so only the first benchmark case pays for the inserts; and prepared raw inserts for writing it.
/// </summary>
internal static class BenchSqlite
{
    /// <summary>Options for the cached database in <c>%TEMP%/name/key</c>, created (migrate, seed, <paramref name="insert"/>) when missing.</summary>
    public static DbContextOptions<WorkbenchDbContext> Cached(string name, string key, Action<SqliteConnection> insert)
    {
        // No ANALYZE: the app never runs it, so the planner sees what it sees there.
        var folder = Path.Combine(Path.GetTempPath(), name, key);
        var options = new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(DataServiceCollectionExtensions.ConnectionStringFor(folder)).Options;
        if (File.Exists(Path.Combine(folder, "complete"))) return options;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        using (var db = new WorkbenchDbContext(options))
        {
            db.Database.Migrate();
            new ReferenceDataSeeder(ReferenceDataFiles.Shipped).SeedAsync(db, new InlineProgress<string>(_ => { }), default).GetAwaiter().GetResult();
        }
        using (var connection = new SqliteConnection(DataServiceCollectionExtensions.ConnectionStringFor(folder)))
        {
            connection.Open();
            insert(connection);
        }
        SqliteConnection.ClearAllPools();
        File.WriteAllText(Path.Combine(folder, "complete"), DateTime.UtcNow.ToString("O"));
        return options;
    }

    public static List<long> Ids(SqliteConnection connection, SqliteTransaction tx, string table)
    {
        var ids = new List<long>();
        using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = $"SELECT Id FROM {table}";
        using var reader = read.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    public static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    public static void Exec(SqliteConnection connection, SqliteTransaction tx, string sql, string[] names, int count, Func<int, object?[]> values)
    {
        using var command = Prepare(connection, tx, sql, names);
        for (var i = 0; i < count; i++) Set(command, values(i));
    }
}
