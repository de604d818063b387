using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Outbox;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Seizures;
using CustomsWorkbench.Tests.Platform.Demo;
using Microsoft.Extensions.Hosting;

namespace CustomsWorkbench.Tests.Infrastructure;

/// <summary>A PostgreSQL database with reference data and the import, outbox and realtime services (no web server).</summary>
public sealed class PostgresImportDatabase : PostgresDatabase
{
    protected override void Configure(IHostApplicationBuilder builder)
    {
        builder.AddRealtimeCore();
        builder.AddOutbox();
        builder.AddImports();
        builder.AddSeizureEvidence();
    }

    protected override async Task SeedAsync()
    {
        await using var db = CreateDbContext();
        await new ReferenceDataSeeder(ReferenceDataFiles.Shipped).SeedAsync(db, DemoDatabase.Quiet, CancellationToken.None);
    }
}
