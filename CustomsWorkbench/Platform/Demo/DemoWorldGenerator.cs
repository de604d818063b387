using System.Diagnostics;
using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Demo.Storage;
using CustomsWorkbench.Platform.Demo.World;
using Microsoft.Data.Sqlite;

namespace CustomsWorkbench.Platform.Demo;

/// <summary>
/// Builds the deterministic demo customs world and stores it through one open SQLite connection in a single transaction.
/// Needs the reference data (ReferenceDataSeeder) in place; plain class, usable without the web host.
/// </summary>
public sealed class DemoWorldGenerator(ReferenceDataFiles files)
{
    public DemoWorld Build(SqliteConnection connection, DemoWorldSettings settings, IProgress<string> progress)
    {
        var reference = DemoReference.Load(connection, files);
        var ids = new NextIds(connection);
        Func<string, DemoRandom> stream = name => DemoRandom.For(settings.Seed, name);

        var declarants = DeclarantGenerator.Generate(stream("declarants"), ids.For("Declarants"));
        var suppliers = SupplierGenerator.Generate(stream("suppliers"), reference, Math.Max(150, settings.DeclarationCount / 25), ids.For("Suppliers"));
        var importers = ImporterGenerator.Generate(stream("importers"), settings, suppliers, declarants, ids.For("Importers"));
        BankAccountPlanner.Assign(stream("bank-accounts"), importers, suppliers);
        var transport = new TransportGenerator(stream("transport"), reference, Math.Max(40, settings.DeclarationCount / 600),
            ids.For("Conveyances"), ids.For("BillsOfLading"), ids.For("Containers"));
        var declarationGenerator = new DeclarationGenerator(reference, new FraudPlanner(reference), new RoutePlanner(reference), transport);
        var declarations = declarationGenerator.Generate(stream("declarations"), settings, importers, declarants, ids.For("Declarations"), progress);
        InspectionSimulator.Apply(stream("inspections"), declarations, reference);
        var parcels = new ParcelGenerator(reference);
        parcels.Generate(stream("parcels"), settings, ids.For("Parcels"));
        var seizures = SeizureGenerator.Generate(stream("seizures"), settings, declarations, parcels.Abuses, ids.For("Seizures"));
        var truth = GroundTruthBuilder.Build(importers, declarants, declarations, parcels.Abuses);
        return new DemoWorld(importers, suppliers, declarants, transport.Conveyances, transport.Bills, declarations, parcels.Parcels, seizures, truth, parcels.Register);
    }

    /// <summary>Generates and stores the world; the connection must be open. Returns what was stored and how long it took.</summary>
    public DemoWorldSummary GenerateAndStore(SqliteConnection connection, DemoWorldSettings settings, IProgress<string> progress, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        progress.Report($"Demo world: generating {settings.DeclarationCount:N0} declarations over {settings.Months} months (seed {settings.Seed}).");
        var world = Build(connection, settings, progress);
        var generated = clock.Elapsed;
        using (var tx = connection.BeginTransaction())
        {
            DemoWorldWriter.Write(connection, tx, world, progress, ct);
            tx.Commit();
        }
        var summary = new DemoWorldSummary(
            world.Declarations.Count, world.Declarations.Sum(d => d.Entity.Items.Count),
            world.Declarations.Count(d => d.Entity.Inspected), world.Declarations.Count(d => d.Entity.Illicit == true),
            world.Declarations.Count(d => d.Fraudulent), world.Parcels.Count, world.Seizures.Count, world.Importers.Count,
            generated, clock.Elapsed - generated);
        progress.Report($"Demo world: {summary}.");
        return summary;
    }

    /// <summary>Ids continue after any rows already present, so the world can sit beside imported records.</summary>
    private sealed class NextIds(SqliteConnection connection)
    {
        public int For(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT IFNULL(MAX(Id), 0) + 1 FROM \"{table}\"";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
