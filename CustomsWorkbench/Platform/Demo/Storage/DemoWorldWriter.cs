using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.World;
using CustomsWorkbench.Platform.Data.Bulk;
using Microsoft.Data.Sqlite;

namespace CustomsWorkbench.Platform.Demo.Storage;

/// <summary>Writes a generated world table by table (parents first) inside the caller's transaction.</summary>
public static class DemoWorldWriter
{
    public static void Write(SqliteConnection connection, SqliteTransaction tx, DemoWorld world, IProgress<string> progress, CancellationToken ct)
    {
        using (var importers = new TableInserter(connection, tx, "Importers", "Id", "Code", "Name", "BusinessNumber", "Address", "Phone", "Email", "EstablishedOn", "BankAccount"))
        {
            foreach (var i in world.Importers.Select(p => p.Entity)) importers.Insert(i.Id, i.Code, i.Name, i.BusinessNumber, i.Address, i.Phone, i.Email, i.EstablishedOn, i.BankAccount);
        }
        using (var suppliers = new TableInserter(connection, tx, "Suppliers", "Id", "Name", "CountryCode", "Address", "BankAccount"))
        {
            foreach (var s in world.Suppliers.Select(p => p.Entity)) suppliers.Insert(s.Id, s.Name, s.CountryCode, s.Address, s.BankAccount);
        }
        using (var declarants = new TableInserter(connection, tx, "Declarants", "Id", "Code", "Name", "LicenseNumber"))
        {
            foreach (var d in world.Declarants.Select(p => p.Entity)) declarants.Insert(d.Id, d.Code, d.Name, d.LicenseNumber);
        }
        // Conveyance.Mode and Port.Kind are stored as integers (no enum-to-string conversion on those entities).
        using (var conveyances = new TableInserter(connection, tx, "Conveyances", "Id", "Mode", "Identifier", "Name"))
        {
            foreach (var c in world.Conveyances) conveyances.Insert(c.Id, (int)c.Mode, c.Identifier, c.Name);
        }
        using (var bills = new TableInserter(connection, tx, "BillsOfLading", "Id", "Number", "ConveyanceId", "LoadingPortId", "DischargePortId", "ShippedOn"))
        using (var containers = new TableInserter(connection, tx, "Containers", "Id", "Number", "SizeType", "BillOfLadingId"))
        {
            foreach (var b in world.Bills)
            {
                bills.Insert(b.Id, b.Number, b.ConveyanceId, b.LoadingPortId, b.DischargePortId, b.ShippedOn);
                foreach (var c in b.Containers) containers.Insert(c.Id, c.Number, c.SizeType, c.BillOfLadingId);
            }
        }
        progress.Report($"Demo world: {world.Importers.Count:N0} importers, {world.Suppliers.Count:N0} suppliers, {world.Bills.Count:N0} bills of lading written.");
        WriteDeclarations(connection, tx, world.Declarations, progress, ct);
        WriteParcels(connection, tx, world.Parcels);
        WriteCodeRegister(connection, tx, world.CodeRegister ?? []);
        using (var seizures = new TableInserter(connection, tx, "Seizures", "Id", "CaseNumber", "Date", "OfficeId", "DeclarationId", "ParcelId", "ImporterId", "GoodsCategory", "Description", "Quantity", "QuantityUnit", "ConcealmentMethod", "FoundIn", "EstimatedValue"))
        {
            foreach (var s in world.Seizures)
            {
                seizures.Insert(s.Id, s.CaseNumber, s.Date, s.OfficeId, s.DeclarationId, s.ParcelId, s.ImporterId, s.GoodsCategory, s.Description, s.Quantity, s.QuantityUnit, s.ConcealmentMethod, s.FoundIn, s.EstimatedValue);
            }
        }
        using (var truth = new TableInserter(connection, tx, "DemoGroundTruth", "EntityType", "EntityId", "Pattern", "Detail", "TrueValue"))
        {
            foreach (var t in world.GroundTruth) truth.Insert(t.EntityType, t.EntityId, t.Pattern, t.Detail, t.TrueValue);
        }
    }

    private static void WriteDeclarations(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<GeneratedDeclaration> declarations, IProgress<string> progress, CancellationToken ct)
    {
        using var header = new TableInserter(connection, tx, DeclarationRows.Table, DeclarationRows.Columns);
        using var lines = new TableInserter(connection, tx, DeclarationRows.ItemTable, DeclarationRows.ItemColumns);
        var step = Math.Max(1, declarations.Count / 10);
        for (var n = 0; n < declarations.Count; n++)
        {
            DeclarationRows.Write(header, lines, declarations[n].Entity);
            if ((n + 1) % step == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress.Report($"Demo world: stored {n + 1:N0} of {declarations.Count:N0} declarations ({(n + 1) * 100 / declarations.Count}%).");
            }
        }
    }

    private static void WriteCodeRegister(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<RegisteredCode> register)
    {
        using var codes = new TableInserter(connection, tx, "RegisteredCodes", "Id", "PersonalCustomsCode", "HolderName", "Phone", "Source");
        using var addresses = new TableInserter(connection, tx, "RegisteredAddresses", "RegisteredCodeId", "Address");
        for (var i = 0; i < register.Count; i++)
        {
            var code = register[i];
            codes.Insert(i + 1, code.PersonalCustomsCode, code.HolderName, code.Phone, code.Source);
            foreach (var address in code.Addresses.DistinctBy(a => a.Address)) addresses.Insert(i + 1, address.Address);
        }
    }

    private static void WriteParcels(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<ExpressParcel> parcels)
    {
        using var insert = new TableInserter(connection, tx, ParcelRows.Table, ParcelRows.Columns);
        foreach (var p in parcels) ParcelRows.Write(insert, p);
    }
}
