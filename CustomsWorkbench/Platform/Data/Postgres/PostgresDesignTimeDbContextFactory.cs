using Microsoft.EntityFrameworkCore.Design;

namespace CustomsWorkbench.Platform.Data.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add X --context PostgresWorkbenchDbContext -o Platform/Data/Postgres/Migrations` build the
/// PostgreSQL model without a server (no connection is opened to generate a migration).
/// </summary>
public class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresWorkbenchDbContext>
{
    public PostgresWorkbenchDbContext CreateDbContext(string[] args) =>
        new(PostgresSetup.Options("Host=localhost;Database=customs_workbench_design").Options);
}
