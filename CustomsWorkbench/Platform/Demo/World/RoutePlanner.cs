using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// Where a consignment is loaded (a port of the shipping country, of the kind the transport mode needs) and where it is
/// discharged and cleared in Korea. Clearance is at the port's customs office, sometimes at an inland office.
/// </summary>
public sealed class RoutePlanner
{
    private static readonly (string Port, double Weight, string Office, string[] Inland)[] SeaArrivals =
    [
        ("KRPUS", 50, "020", ["050", "120", "150"]), ("KRINC", 20, "030", ["010", "130", "140"]), ("KRPTK", 10, "070", ["140"]),
        ("KRUSN", 7, "080", []), ("KRKAN", 7, "090", ["060"]), ("KRKPO", 3, "160", []), ("KRMAS", 3, "110", []),
    ];
    private static readonly (string Port, double Weight, string Office, string[] Inland)[] AirArrivals =
    [
        ("KRICN", 85, "040", ["010"]), ("KRGMP", 6, "041", []), ("KRCJU", 3, "100", []), ("KRTAE", 6, "050", []),
    ];
    private static readonly string[] TransshipmentHubs = ["SGSIN", "HKHKG", "CNSHA"];

    private readonly DemoReference reference;
    private readonly WeightedPicker<(string Port, double Weight, string Office, string[] Inland)> sea;
    private readonly WeightedPicker<(string Port, double Weight, string Office, string[] Inland)> air;

    public RoutePlanner(DemoReference reference)
    {
        this.reference = reference;
        sea = new(SeaArrivals, a => a.Weight);
        air = new(AirArrivals, a => a.Weight);
    }

    /// <summary>The mode follows the goods (jewellery flies, steel sails) unless the country lacks that kind of port.</summary>
    public (TransportMode Mode, PortRef Loading) Departure(DemoRandom random, GoodsCategory category, string country)
    {
        var wanted = random.Chance(category.AirShare) ? PortKind.Air : PortKind.Sea;
        foreach (var kind in wanted == PortKind.Air ? new[] { PortKind.Air, PortKind.Sea } : [PortKind.Sea, PortKind.Air])
        {
            var ports = reference.PortsOf(country, kind);
            if (ports.Count > 0) return (kind == PortKind.Air ? TransportMode.Air : TransportMode.Sea, random.Pick(ports));
        }
        return (TransportMode.Sea, reference.Port(random.Pick(TransshipmentHubs)));
    }

    public (PortRef Discharge, int OfficeId) Arrival(DemoRandom random, TransportMode mode)
    {
        var arrival = (mode == TransportMode.Air ? air : sea).Pick(random);
        var office = arrival.Inland.Length > 0 && random.Chance(0.15) ? random.Pick(arrival.Inland) : arrival.Office;
        return (reference.Port(arrival.Port), reference.OfficeId(office));
    }
}
