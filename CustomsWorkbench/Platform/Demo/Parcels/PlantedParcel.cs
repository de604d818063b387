using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.Parcels;

/// <summary>What the planter knows about one parcel it planted: a truth pattern and why.</summary>
public sealed record PlantedTruth(FraudPattern Pattern, string Detail, double? TrueValue = null);

/// <summary>A parcel as planted, in plain fields so the demo world and the feature's scenario can both map it.</summary>
public sealed record PlantedParcel(
    string Pccc, string Name, string Phone, string Address, string PostalCode, string Seller, string Country,
    string Goods, string? HsCode, int Quantity, double ValueUsd, DateOnly Day)
{
    public List<PlantedTruth> Truth { get; } = [];
}

/// <summary>A code's registration as its holder made it: name, phone and one or two delivery addresses.</summary>
public sealed record PlantedRegistration(string Pccc, string Name, string Phone, IReadOnlyList<string> Addresses);

/// <summary>A planted parcel world: parcels in arrival order, and the register of every holder's code.</summary>
public sealed record PlantedParcels(IReadOnlyList<PlantedParcel> Parcels, IReadOnlyList<PlantedRegistration> Register);
