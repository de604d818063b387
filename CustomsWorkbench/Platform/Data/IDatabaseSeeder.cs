namespace CustomsWorkbench.Platform.Data;

/// <summary>
/// One step of first-start seeding. Seeders run in <see cref="Order"/> after migrations, every start;
/// each must be idempotent (check, then fill what is missing).
/// </summary>
public interface IDatabaseSeeder
{
    int Order { get; }
    Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct);
}
