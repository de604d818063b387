namespace CustomsWorkbench.Platform.Data.Entities;

public enum TransportMode { Sea, Air, Land, Post }

/// <summary>A vessel (IMO number) or a flight (flight number).</summary>
public class Conveyance
{
    public int Id { get; set; }
    public TransportMode Mode { get; set; }
    public required string Identifier { get; set; }
    public required string Name { get; set; }
}

public class BillOfLading
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int ConveyanceId { get; set; }
    public Conveyance? Conveyance { get; set; }
    public int LoadingPortId { get; set; }
    public Port? LoadingPort { get; set; }
    public int DischargePortId { get; set; }
    public Port? DischargePort { get; set; }
    public DateOnly ShippedOn { get; set; }
    public List<Container> Containers { get; set; } = [];
}

public class Container
{
    public int Id { get; set; }
    /// <summary>ISO 6346 number, e.g. MSCU1234565.</summary>
    public required string Number { get; set; }
    public string SizeType { get; set; } = "40HC";
    public int BillOfLadingId { get; set; }
    public BillOfLading? BillOfLading { get; set; }
}
