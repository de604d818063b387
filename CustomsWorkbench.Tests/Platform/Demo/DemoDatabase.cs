using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo;
using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Demo.World;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Demo;

/// <summary>A migrated SQLite file in a temp folder, with reference data, optionally with a generated demo world.</summary>
public sealed class DemoDatabase : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cw-demo-tests", Guid.NewGuid().ToString("N"));
    public string ConnectionString { get; }
    public DemoWorldSummary? Summary { get; private set; }

    private DemoDatabase()
    {
        Directory.CreateDirectory(Folder);
        ConnectionString = DataServiceCollectionExtensions.ConnectionStringFor(Folder);
    }

    public static async Task<DemoDatabase> CreateAsync(bool seedReference = true)
    {
        var database = new DemoDatabase();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        if (seedReference) await new ReferenceDataSeeder(ReferenceDataFiles.Shipped).SeedAsync(db, Quiet, CancellationToken.None);
        return database;
    }

    public static async Task<DemoDatabase> WithWorldAsync(int seed, int declarations, int months = 6)
    {
        var database = await CreateAsync();
        using var connection = database.OpenConnection();
        database.Summary = new DemoWorldGenerator(ReferenceDataFiles.Shipped)
            .GenerateAndStore(connection, new DemoWorldSettings(seed, declarations, months), Quiet);
        return database;
    }

    public static IProgress<string> Quiet { get; } = new InlineProgress<string>(_ => { });

    public WorkbenchDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(ConnectionString).Options);

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>SHA-256 over every stored column of declarations, items, parcels and ground truth, in id order.</summary>
    public string Checksum()
    {
        using var connection = OpenConnection();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in new[] { "Declarations", "DeclarationItems", "Parcels", "Seizures", "DemoGroundTruth", "Importers", "BillsOfLading", "Containers" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY Id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                    sha.AppendData(Encoding.UTF8.GetBytes(value + "|"));
                }
            }
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>One shared 3,000-declaration world for the read-only assertions.</summary>
public sealed class DemoWorldFixture : IAsyncLifetime
{
    public const int Seed = 424242;
    public const int Declarations = 3_000;
    public DemoDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await DemoDatabase.WithWorldAsync(Seed, Declarations);

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}
