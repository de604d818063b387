using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>Everything one generation run produced, in memory, before it is written.</summary>
public sealed record DemoWorld(
    IReadOnlyList<ImporterProfile> Importers,
    IReadOnlyList<SupplierProfile> Suppliers,
    IReadOnlyList<DeclarantProfile> Declarants,
    IReadOnlyList<Conveyance> Conveyances,
    IReadOnlyList<BillOfLading> Bills,
    IReadOnlyList<GeneratedDeclaration> Declarations,
    IReadOnlyList<ExpressParcel> Parcels,
    IReadOnlyList<SeizureRecord> Seizures,
    IReadOnlyList<DemoGroundTruth> GroundTruth,
    IReadOnlyList<RegisteredCode>? CodeRegister = null);

/// <summary>Counts and timing of one run, for logs, the CLI and the README.</summary>
public sealed record DemoWorldSummary(
    int Declarations, int Items, int Inspected, int Illicit, int Planted, int Parcels, int Seizures, int Importers,
    TimeSpan GenerationTime, TimeSpan WriteTime)
{
    public double PlantedRate => Declarations == 0 ? 0 : (double)Planted / Declarations;
    public double InspectionRate => Declarations == 0 ? 0 : (double)Inspected / Declarations;

    public override string ToString() =>
        $"{Declarations:N0} declarations ({Items:N0} lines), {PlantedRate:P1} planted fraud, {InspectionRate:P1} inspected, {Illicit:N0} found illicit; " +
        $"{Parcels:N0} parcels, {Seizures:N0} seizures, {Importers:N0} importers; generated in {GenerationTime.TotalSeconds:0.0} s, stored in {WriteTime.TotalSeconds:0.0} s";
}
