using CustomsWorkbench.Platform.Data.Bulk;
using CustomsWorkbench.Platform.Data.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Options, the DbContext (factory plus scoped context) on the configured provider (Workbench:Database:Provider,
    /// read when the host is built), the provider's bulk writer and the start-up initializer.
    /// </summary>
    public static IHostApplicationBuilder AddWorkbenchData(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<WorkbenchOptions>(builder.Configuration.GetSection(WorkbenchOptions.Section));
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.PostgreSQL) AddPostgres(builder.Services, database);
        else AddSqlite(builder.Services);
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext());
        builder.Services.AddSingleton<DatabaseInitializer>();
        return builder;
    }

    private static void AddSqlite(IServiceCollection services)
    {
        // Resolved from options when first used, so test hosts and environment variables can move the data folder.
        services.AddDbContextFactory<WorkbenchDbContext>((sp, o) =>
            o.UseSqlite(ConnectionStringFor(sp.GetRequiredService<IOptions<WorkbenchOptions>>().Value.ResolveDataFolder())),
            ServiceLifetime.Singleton);
        // Imports write through the provider's bulk path (SQLite: prepared inserts).
        services.AddSingleton<IBulkWriter, SqliteBulkWriter>();
    }

    private static void AddPostgres(IServiceCollection services, DatabaseOptions database)
    {
        if (string.IsNullOrWhiteSpace(database.ConnectionString))
            throw new InvalidOperationException("Workbench:Database:Provider is PostgreSQL but Workbench:Database:ConnectionString is empty.");
        PostgresSetup.UseUnzonedTimestamps();
        services.AddDbContextFactory<PostgresWorkbenchDbContext>(o => o.UseNpgsql(database.ConnectionString), ServiceLifetime.Singleton);
        // Everything else asks for the provider-neutral context type.
        services.AddSingleton<IDbContextFactory<WorkbenchDbContext>>(sp =>
            new BaseContextFactory(sp.GetRequiredService<IDbContextFactory<PostgresWorkbenchDbContext>>()));
        services.AddSingleton<IBulkWriter, PostgresBulkWriter>();
    }

    public static string ConnectionStringFor(string dataFolder) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataFolder, "workbench.db"),
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private sealed class BaseContextFactory(IDbContextFactory<PostgresWorkbenchDbContext> inner) : IDbContextFactory<WorkbenchDbContext>
    {
        public WorkbenchDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
