using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CustomsWorkbench.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database for one test class (created on the server named by WORKBENCH_TEST_POSTGRES, dropped
/// afterwards), migrated by the app's own initializer with the services registered as the app registers them for
/// Workbench:Database:Provider=PostgreSQL. Without the variable nothing is created and <see cref="Require"/> skips the
/// test, except under CI=true, where a missing server fails it (.ci/run starts one).
/// </summary>
public class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "WORKBENCH_TEST_POSTGRES";
    public const string MissingMessage =
        $"PostgreSQL tests need a server: set {Variable} to a connection string of a role that may create databases (README, 'PostgreSQL').";

    private IHost? _host;

    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public string DatabaseName { get; } = "cw_test_" + Guid.NewGuid().ToString("N");
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "cw-tests", "pg-" + Guid.NewGuid().ToString("N"));
    public string ConnectionString { get; private set; } = "";
    public IServiceProvider Services => (_host ?? throw new InvalidOperationException(MissingMessage)).Services;
    public IDbContextFactory<WorkbenchDbContext> Factory => Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();

    /// <summary>First line of every PostgreSQL test: skips without a server, fails without one under CI.</summary>
    public static void Require()
    {
        if (ServerConnectionString is not null) return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL tests must run in CI. {MissingMessage}");
        Skip.If(true, MissingMessage);
    }

    public WorkbenchDbContext CreateDbContext() => Factory.CreateDbContext();

    /// <summary>The services a test class needs besides data and audit (imports, outbox, ...).</summary>
    protected virtual void Configure(IHostApplicationBuilder builder) { }

    /// <summary>After migrations (reference data and the like).</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        if (ServerConnectionString is not { } server) return;
        // Before this process's first Npgsql call, as the app sets it before its own.
        PostgresSetup.UseUnzonedTimestamps();
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\" ENCODING 'UTF8' TEMPLATE template0", admin);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName }.ConnectionString;
        Directory.CreateDirectory(DataFolder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration["Workbench:DataFolder"] = DataFolder;
        builder.Configuration["Workbench:SeedDemoData"] = "false";
        builder.Configuration["Workbench:Database:Provider"] = nameof(DatabaseProvider.PostgreSQL);
        builder.Configuration["Workbench:Database:ConnectionString"] = ConnectionString;
        builder.AddWorkbenchData();
        builder.AddAudit();
        Configure(builder);
        _host = builder.Build();
        await _host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await SeedAsync();
    }

    /// <summary>Raw SQL on a connection of its own, as someone with database access would run it.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        if (ServerConnectionString is { } server && ConnectionString.Length > 0)
        {
            await using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
