using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Import;

/// <summary>
/// A BACUDA import on PostgreSQL through binary COPY: rows are stored as EF Core reads them, a repeated file changes
/// nothing, a bad row leaves nothing, and ids given to COPY are never handed out again by the identity sequence.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresImportTests(PostgresImportDatabase database) : IClassFixture<PostgresImportDatabase>
{
    private const int Rows = 2_500;

    private Task<ImportReport> ImportAsync(string path) =>
        database.Services.GetRequiredService<DeclarationImportService>().ImportFileAsync(path, Path.GetFileName(path), "test");

    private async Task<int> StoredAsync(string prefix)
    {
        await using var db = database.CreateDbContext();
        return await db.Declarations.CountAsync(d => d.Number.StartsWith(prefix));
    }

    [SkippableFact]
    public async Task A_file_over_several_batches_is_stored_once_and_reads_back_through_ef_core()
    {
        PostgresDatabase.Require();
        var path = BacudaFile.WriteTemp(BacudaFile.Text("PGIMP", Rows));

        var report = await ImportAsync(path);
        var again = await ImportAsync(path);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(Rows, report.Inserted);
        Assert.True(again.AlreadyImported);
        Assert.Equal(Rows, await StoredAsync("PGIMP"));
        await using var db = database.CreateDbContext();
        var ninth = await db.Declarations.Include(d => d.Items).SingleAsync(d => d.Number == "PGIMP0000009");
        Assert.True(ninth.Inspected);
        Assert.True(ninth.Illicit);
        Assert.Equal(10, ninth.Date.Month);
        Assert.NotEmpty(ninth.Items);
        Assert.NotEqual(Guid.Empty, ninth.Version);
        Assert.True(await db.Set<CustomsWorkbench.Platform.Outbox.OutboxMessage>().AnyAsync(m => m.Topic == DeclarationArrivalTopic.Topic));
        // The identity sequence was moved past the ids COPY wrote, so EF Core's next insert cannot collide.
        Assert.True(await database.ScalarAsync("SELECT last_value FROM pg_sequences WHERE sequencename = 'Declarations_Id_seq'")
            >= await database.ScalarAsync("SELECT MAX(\"Id\") FROM \"Declarations\""));
    }

    [SkippableFact]
    public async Task A_bad_row_after_written_batches_commits_nothing()
    {
        PostgresDatabase.Require();
        var path = BacudaFile.WriteTemp(BacudaFile.Header + "\n" + string.Join("\n",
            Enumerable.Range(1, Rows).Select(i => BacudaFile.Row("PGBAD", i, fob: i == 2_400 ? "abc" : null))) + "\n");

        var report = await ImportAsync(path);

        Assert.False(report.Succeeded);
        Assert.Equal(2_401, Assert.Single(report.Errors).Row);
        Assert.Equal(0, await StoredAsync("PGBAD"));
    }

    [SkippableFact]
    public async Task Overlapping_files_imported_at_once_store_each_declaration_once()
    {
        PostgresDatabase.Require();
        var first = BacudaFile.WriteTemp(BacudaFile.Header + "\n" + string.Join("\n", Enumerable.Range(1, 1_500).Select(i => BacudaFile.Row("PGLAP", i))) + "\n");
        var second = BacudaFile.WriteTemp(BacudaFile.Header + "\n" + string.Join("\n", Enumerable.Range(1_001, 1_500).Select(i => BacudaFile.Row("PGLAP", i))) + "\n");

        var reports = await Task.WhenAll(Task.Run(() => ImportAsync(first)), Task.Run(() => ImportAsync(second)));

        Assert.All(reports, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
        Assert.Equal(2_500, reports.Sum(r => r.Inserted));
        Assert.Equal(2_500, await StoredAsync("PGLAP"));
    }
}
