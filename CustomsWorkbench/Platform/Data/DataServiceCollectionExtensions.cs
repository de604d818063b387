using CustomsWorkbench.Platform.Data.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Options, the SQLite DbContext (pooled factory plus scoped context) and the start-up initializer.</summary>
    public static IHostApplicationBuilder AddWorkbenchData(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<WorkbenchOptions>(builder.Configuration.GetSection(WorkbenchOptions.Section));
        // Resolved from options when first used, so test hosts and environment variables can move the data folder.
        builder.Services.AddDbContextFactory<WorkbenchDbContext>((sp, o) =>
            o.UseSqlite(ConnectionStringFor(sp.GetRequiredService<IOptions<WorkbenchOptions>>().Value.ResolveDataFolder())),
            ServiceLifetime.Singleton);
        // Imports write through the provider's bulk path (SQLite: prepared inserts); PostgreSQL's COPY writer goes here with its provider.
        builder.Services.AddSingleton<IBulkWriter, SqliteBulkWriter>();
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext());
        builder.Services.AddSingleton<DatabaseInitializer>();
        return builder;
    }

    public static string ConnectionStringFor(string dataFolder) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataFolder, "workbench.db"),
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
