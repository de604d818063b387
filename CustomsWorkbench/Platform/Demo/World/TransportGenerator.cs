using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// Vessels (IMO numbers), flights from each foreign airport, and for each consignment a bill of lading (sea: carrier
/// prefix + serial with ISO 6346 containers; air: an air waybill) from a loading port to a Korean discharge port.
/// </summary>
public sealed class TransportGenerator
{
    private static readonly string[] VesselLines = ["HMM", "MSC", "MAERSK", "EVER", "CMA CGM", "COSCO", "ONE", "SM", "SINOKOR", "HEUNG-A", "PAN", "KMTC", "YM", "ZIM", "OOCL"];
    private static readonly string[] VesselWords = ["ALGECIRAS", "OSLO", "HOPE", "GLORY", "PROSPERITY", "STAR", "PIONEER", "HARMONY", "BLESSING", "DREAM", "VICTORY", "GRACE", "PACIFIC", "ORIENT", "UNITY", "SUNRISE"];
    private static readonly (string Scac, string Owner)[] Carriers =
        [("HDMU", "HDMU"), ("MEDU", "MSCU"), ("MAEU", "MSKU"), ("EGLV", "EGHU"), ("CMDU", "CMAU"), ("COSU", "CSNU"), ("ONEY", "ONEU"), ("SMLM", "SMCU"), ("SNKO", "SKLU"), ("HASL", "HASU"), ("KMTC", "KMTU"), ("YMLU", "YMLU")];
    private static readonly (string Code, string Name, int AwbPrefix)[] Airlines =
        [("KE", "Korean Air", 180), ("OZ", "Asiana Airlines", 988), ("CX", "Cathay Cargo", 160), ("CA", "Air China Cargo", 999), ("MU", "China Eastern", 781), ("JL", "Japan Airlines", 131), ("LH", "Lufthansa Cargo", 20), ("5X", "UPS Airlines", 406), ("FX", "FedEx Express", 23), ("SQ", "Singapore Airlines", 618), ("EK", "Emirates SkyCargo", 176)];
    private static readonly string[] ContainerTypes = ["20GP", "40GP", "40HC", "40HC", "45HC", "20RF", "40RF"];

    private readonly DemoRandom random;
    private readonly List<Conveyance> vessels = [];
    private readonly Dictionary<string, List<(Conveyance Flight, int AwbPrefix)>> flightsByAirport = [];
    private int nextBillId;
    private int nextContainerId;

    public List<Conveyance> Conveyances { get; } = [];
    public List<BillOfLading> Bills { get; } = [];

    public TransportGenerator(DemoRandom random, DemoReference reference, int vesselCount, int firstConveyanceId, int firstBillId, int firstContainerId)
    {
        this.random = random;
        nextBillId = firstBillId;
        nextContainerId = firstContainerId;
        var usedNames = new HashSet<string>();
        for (var i = 0; i < vesselCount; i++)
        {
            var firstSix = "9" + random.Digits(5);
            var name = $"{random.Pick(VesselLines)} {random.Pick(VesselWords)}";
            if (!usedNames.Add(name)) name += $" {usedNames.Count}";
            vessels.Add(Add(new Conveyance { Mode = TransportMode.Sea, Identifier = $"IMO{firstSix}{CheckDigits.Imo(firstSix)}", Name = name }, firstConveyanceId));
        }
        foreach (var airport in reference.Ports.Where(p => p.Kind == PortKind.Air && p.CountryCode != "KR"))
        {
            var flights = new List<(Conveyance, int)>();
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var airline = random.Pick(Airlines);
                var number = random.Next(100, 990);
                var flight = Add(new Conveyance
                {
                    Mode = TransportMode.Air,
                    Identifier = $"{airline.Code}{number:D4}",
                    Name = $"{airline.Name} {airline.Code}{number} {airport.Code[2..]}-ICN",
                }, firstConveyanceId);
                flights.Add((flight, airline.AwbPrefix));
            }
            flightsByAirport[airport.Code] = flights;
        }
    }

    private Conveyance Add(Conveyance conveyance, int firstId)
    {
        conveyance.Id = firstId + Conveyances.Count;
        Conveyances.Add(conveyance);
        return conveyance;
    }

    /// <summary>A bill of lading for one consignment; sea shipments get one container per ~18 t (at most four).</summary>
    public BillOfLading Ship(TransportMode mode, PortRef loading, PortRef discharge, DateOnly arrival, double grossWeightKg)
    {
        var serial = Bills.Count + 1;
        BillOfLading bill;
        if (mode == TransportMode.Air)
        {
            var (flight, prefix) = random.Pick(flightsByAirport[loading.Code]);
            var awb = 1_000_000 + serial;
            bill = new BillOfLading
            {
                Number = $"{prefix:D3}-{awb:D7}{CheckDigits.AirWaybill(awb)}",
                ConveyanceId = flight.Id,
                ShippedOn = arrival.AddDays(-random.Next(1, 3)),
                LoadingPortId = loading.Id, DischargePortId = discharge.Id,
            };
        }
        else
        {
            var carrier = random.Pick(Carriers);
            bill = new BillOfLading
            {
                Number = $"{carrier.Scac}{serial:D8}{random.Digits(2)}",
                ConveyanceId = random.Pick(vessels).Id,
                ShippedOn = arrival.AddDays(-random.Next(3, 35)),
                LoadingPortId = loading.Id, DischargePortId = discharge.Id,
            };
            var containers = Math.Clamp((int)Math.Ceiling(grossWeightKg / 18_000), 1, 4);
            for (var i = 0; i < containers; i++)
            {
                var firstTen = (random.Chance(0.8) ? carrier.Owner : random.Pick(Carriers).Owner) + random.Digits(6);
                bill.Containers.Add(new Container
                {
                    Id = nextContainerId++,
                    Number = firstTen + CheckDigits.Iso6346(firstTen),
                    SizeType = random.Pick(ContainerTypes),
                });
            }
        }
        bill.Id = nextBillId++;
        foreach (var container in bill.Containers) container.BillOfLadingId = bill.Id;
        Bills.Add(bill);
        return bill;
    }

    public bool HasFlightsFrom(string airportCode) => flightsByAirport.ContainsKey(airportCode);
}
