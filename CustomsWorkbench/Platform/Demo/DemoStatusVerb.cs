using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Demo;

/// <summary>
/// `seed demo`: the CLI host has already run migrations and seeders (generating the demo world on a fresh data folder),
/// so this prints what the database now holds. Handy for timing a first start: `time dotnet run ... -- seed demo`.
/// </summary>
public sealed class DemoStatusVerb(IDbContextFactory<WorkbenchDbContext> factory) : ICliVerb
{
    public string Name => "seed demo";
    public string Usage => "seed demo                 seed reference data and the demo world if missing, then print the counts";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var declarations = await db.Declarations.CountAsync(ct);
        var inspected = await db.Declarations.CountAsync(d => d.Inspected, ct);
        var illicit = await db.Declarations.CountAsync(d => d.Illicit == true, ct);
        console.Out.WriteLine($"Countries {await db.Countries.CountAsync(ct)}, tariff lines {await db.TariffCodes.CountAsync(ct)}, offices {await db.Offices.CountAsync(ct)}, ports {await db.Ports.CountAsync(ct)}");
        console.Out.WriteLine($"Declarations {declarations:N0} (items {await db.DeclarationItems.CountAsync(ct):N0}), inspected {inspected:N0}, illicit {illicit:N0}");
        console.Out.WriteLine($"Importers {await db.Importers.CountAsync(ct):N0}, declarants {await db.Declarants.CountAsync(ct):N0}, parcels {await db.Parcels.CountAsync(ct):N0}, seizures {await db.Seizures.CountAsync(ct):N0}, ground truth rows {await db.DemoGroundTruth.CountAsync(ct):N0}");
        return 0;
    }
}
