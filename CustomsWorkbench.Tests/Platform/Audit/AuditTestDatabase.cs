using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CustomsWorkbench.Tests.Platform.Audit;

/// <summary>
/// A private, migrated SQLite file with the audit services registered exactly as the app registers them
/// (AddWorkbenchData + AddAudit) and the append-only triggers installed. No demo world: tests start from an empty trail.
/// </summary>
public sealed class AuditTestDatabase : IAsyncDisposable
{
    private readonly IHost _host;

    private AuditTestDatabase(IHost host, string folder)
    {
        _host = host;
        DataFolder = folder;
    }

    public string DataFolder { get; }
    public IServiceProvider Services => _host.Services;
    public IAuditLog Log => Services.GetRequiredService<IAuditLog>();
    public AuditVerifier Verifier => Services.GetRequiredService<AuditVerifier>();
    public AuditQuery Query => Services.GetRequiredService<AuditQuery>();
    /// <summary>The chain's HMAC key, as an insider who also stole the key file would hold it.</summary>
    public byte[] Key => Services.GetRequiredService<AuditKey>().GetOrCreate();

    public static async Task<AuditTestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cw-tests", "audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        Configure(builder, folder);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var database = new AuditTestDatabase(host, folder);
        await database.ExecuteAsync(AuditAppendOnlyTriggers.CreateSql);
        return database;
    }

    /// <summary>The service set these tests need, pointed at <paramref name="folder"/>; also used to run CLI verbs.</summary>
    public static void Configure(IHostApplicationBuilder builder, string folder)
    {
        builder.Configuration["Workbench:DataFolder"] = folder;
        builder.Configuration["Workbench:SeedDemoData"] = "false";
        builder.AddWorkbenchData();
        builder.AddAudit();
    }

    /// <summary>Raw SQL on a fresh connection, as an attacker with file access would run it.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(DataServiceCollectionExtensions.ConnectionStringFor(DataFolder));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Tampering needs the triggers out of the way first, exactly as a real attacker would have to.</summary>
    public async Task TamperAsync(string sql) => await ExecuteAsync(AuditAppendOnlyTriggers.DropSql + sql);

    public WorkbenchDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext();

    public async Task RecordManyAsync(int count)
    {
        for (var i = 1; i <= count; i++)
            await Log.RecordAsync(new AuditRecord("officer", "declaration.decide", "Declaration", i.ToString(), Details: $$"""{"n":{{i}}}"""));
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        // Only this database's pool: other tests run in parallel on their own files.
        await using (var connection = new SqliteConnection(DataServiceCollectionExtensions.ConnectionStringFor(DataFolder)))
            SqliteConnection.ClearPool(connection);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
